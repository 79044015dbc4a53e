package ai.smiling4j.archfixture.runner.report;

/**
 * Breaks "only the export.tensorflow package touches TensorFlow" and "no class uses ONNX Runtime's
 * own classes": a report that names both.
 */
public final class EagerEngines {
    /** Refers to TensorFlow and to ONNX Runtime directly. */
    public Class<?>[] engines() {
        return new Class<?>[] {org.tensorflow.Graph.class, ai.onnxruntime.OrtEnvironment.class};
    }
}
