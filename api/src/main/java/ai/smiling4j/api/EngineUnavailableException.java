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

    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        text = text.strip().replaceAll("\\s+", " ");
        if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError) {
            text = "class " + text.replace('/', '.') + " not found";
        }
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
