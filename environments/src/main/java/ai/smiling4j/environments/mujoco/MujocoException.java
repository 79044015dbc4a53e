package ai.smiling4j.environments.mujoco;

/**
 * An error reported by MuJoCo: a model that does not compile (the message is what MuJoCo wrote into
 * {@code mj_loadXML}'s error buffer) or a run-time error raised through {@code mju_error}, such as an
 * mjData stack overflow during a step.
 */
public final class MujocoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MujocoException(String message) {
        super(message);
    }

    MujocoException(String message, Throwable cause) {
        super(message, cause);
    }
}
