package ai.smiling4j.api;

/**
 * A native engine (PyTorch, ONNX Runtime, TensorFlow, MuJoCo) that is absent or fails to load.
 * Its message is one sentence naming the engine, what went wrong and the Maven artifact or system
 * package that provides it; the runner prints it as it is.
 */
public final class EngineUnavailableException extends RuntimeException {

    /**
     * @param engine   the engine's name ("ONNX Runtime")
     * @param provider what provides it ("the Maven artifact ai.djl.onnxruntime:onnxruntime-engine:0.36.0")
     * @param cause    the loader's error, kept for the log
     */
    public EngineUnavailableException(String engine, String provider, Throwable cause) {
        super("the " + engine + " engine is not available (" + reason(cause) + "); it comes with " + provider, cause);
    }

    /** The error's own words, and its root cause's when they add something. */
    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = describe(cause);
        String deepest = describe(root);
        String text = own.equals(deepest) || root == cause ? own : own + ": " + deepest;
        return text.length() > 240 ? text.substring(0, 240) + "..." : text;
    }

    private static String describe(Throwable t) {
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip().replaceAll("\\s+", " ");
        if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) {
            return "class " + text.replace('/', '.') + " not found";
        }
        return text;
    }
}
