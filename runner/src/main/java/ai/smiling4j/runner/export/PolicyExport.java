package ai.smiling4j.runner.export;

import ai.smiling4j.api.EngineUnavailableException;
import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.policy.OnnxModel;
import ai.smiling4j.api.policy.PolicyNetwork;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.export.tensorflow.SavedModelWriter;
import ai.smiling4j.runner.train.RunFolder;
import ai.smiling4j.runner.train.TrainedPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code smiling export}: a run's deterministic policy (observation -> mean action, with the tanh
 * squash, the action box and any observation normalization) as an ONNX model or a TensorFlow
 * SavedModel. TensorFlow is touched only for {@link Format#SAVEDMODEL}.
 */
public final class PolicyExport {

    /** The formats, with the file or folder name they take inside {@code RUN/export} by default. */
    public enum Format {
        /** An ONNX model file (opset 13). */
        ONNX("policy.onnx"),
        /** A TensorFlow SavedModel folder with a serving signature. */
        SAVEDMODEL("savedmodel");

        private final String defaultName;

        Format(String defaultName) {
            this.defaultName = defaultName;
        }

        /** The format a command-line word names, or a {@link UserError} listing the valid ones. */
        public static Format fromWord(String word) {
            return Arrays.stream(values()).filter(f -> f.word().equals(word)).findFirst().orElseThrow(() ->
                    new UserError("--format must be onnx or savedmodel, not '" + word + "'"));
        }

        /** The command-line word ({@code onnx}). */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private PolicyExport() {
    }

    /** Where a run's export goes by default. */
    public static Path defaultTarget(Path run, Format format) {
        return run.resolve("export").resolve(format.defaultName);
    }

    /**
     * Exports the policy of {@code run} to {@code target}; refuses to replace an existing target
     * unless {@code overwrite}. The target appears complete or not at all.
     *
     * @return the exported policy's values (for the summary line)
     */
    public static PolicyNetwork export(Path run, Format format, Path target, boolean overwrite, PluginRegistry registry) {
        if (Files.exists(target) && !overwrite) {
            throw new UserError(target + " exists; pass --overwrite to replace it");
        }
        PolicyNetwork policy = TrainedPolicy.policyNetwork(run, registry);
        try {
            switch (format) {
                case ONNX -> AtomicFiles.write(target, out -> out.write(OnnxModel.encode(policy, "smiling4j 0.1.0")));
                case SAVEDMODEL -> savedModel(policy, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return policy;
    }

    private static void savedModel(PolicyNetwork policy, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path fresh = parent.resolve(target.getFileName() + ".partial");
        RunFolder.deleteRecursively(fresh);
        try {
            SavedModelWriter.write(policy, fresh);
        } catch (LinkageError e) {
            // NoClassDefFoundError (TensorFlow Java absent), UnsatisfiedLinkError or ExceptionInInitializerError (natives)
            RunFolder.deleteRecursively(fresh);
            throw new EngineUnavailableException("TensorFlow", SavedModelWriter.PROVIDER, e);
        }
        RunFolder.deleteRecursively(target);
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One line saying what was written. */
    public static String summary(Format format, Path target, PolicyNetwork policy) {
        String io = "observation [batch, " + policy.observationDim() + "] -> action [batch, " + policy.actionDim() + "]";
        String net = "hidden " + (policy.hiddenShape().isEmpty() ? "none" : policy.hiddenShape() + " "
                + policy.activation().configName()) + ", tanh into the action box"
                + (policy.normalization() == null ? "" : ", observation normalization");
        return switch (format) {
            case ONNX -> String.format(Locale.ROOT, "wrote %s: ONNX (opset %d), %s; %s", target, OnnxModel.OPSET, io, net);
            case SAVEDMODEL -> String.format(Locale.ROOT, "wrote %s: TensorFlow SavedModel, signature %s (tag %s), %s; %s",
                    target, SavedModelWriter.SIGNATURE, SavedModelWriter.TAG, io, net);
        };
    }
}
