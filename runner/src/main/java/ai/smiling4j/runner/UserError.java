package ai.smiling4j.runner;

/**
 * A mistake of the user's (a wrong name, key, value or file): the CLI prints the message, one
 * clear sentence, and exits with code 2, never with a stack trace.
 */
public final class UserError extends RuntimeException {

    /** @param message the sentence for the user */
    public UserError(String message) {
        super(message);
    }

    /** @param message the sentence for the user; {@code cause} is kept for the log only */
    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
