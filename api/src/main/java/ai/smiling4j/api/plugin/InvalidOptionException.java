package ai.smiling4j.api.plugin;

/**
 * A user's option or configuration value is wrong. The message is one sentence meant for the
 * user, naming the key, the value and what would be valid; never a programming error.
 */
public class InvalidOptionException extends IllegalArgumentException {
    private final String key;

    /**
     * @param key     the option's key (without the slot prefix), or the slot name for a slot-level problem
     * @param message the sentence for the user
     */
    public InvalidOptionException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The key this problem is about. */
    public String key() {
        return key;
    }
}
