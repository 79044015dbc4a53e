package ai.smiling4j.runner.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code smiling export} and the {@code engine} option through the packaged application: training,
 * the ONNX export and the default evaluation load neither TensorFlow nor ONNX Runtime (class-loading log),
 * evaluation through ONNX Runtime gives the same return, the SavedModel export loads TensorFlow,
 * and without their jars both engines are named in one sentence with the artifact to add.
 */
class ExportIT {
    @TempDir
    static Path work;
    private static final List<String> CLASS_LOG = List.of("-Xlog:class+load=info");

    private static Application.Run smiling(List<String> flags, String... args) throws IOException, InterruptedException {
        return Application.run(work, Application.command(List.of(), flags), 180, args);
    }

    @BeforeAll
    static void expert() throws Exception {
        Files.writeString(work.resolve("expert.yaml"), """
                run: {name: expert, steps: 300, eval-every: 300, checkpoint-every: 300, output: runs}
                environment: {name: java-point-mass, max-steps: 50}
                solver: {name: sac, hidden: 32, batch-size: 32, seed-steps: 100}
                """);
        var trained = smiling(CLASS_LOG, "train-expert", "expert.yaml");
        assertEquals(0, trained.code(), trained.err());
        assertNotLoaded(trained, "org.tensorflow", "ai.onnxruntime.", "ai.djl.onnxruntime.engine.OrtEngine ");
    }

    private static void assertNotLoaded(Application.Run run, String... prefixes) {
        assertTrue(run.out().contains("ai.smiling4j.runner.cli.Main source:"), "class loading was not logged");
        for (String prefix : prefixes) {
            assertFalse(run.out().contains("] " + prefix), prefix + " was loaded");
        }
    }

    /** The one error line (libtorch may print its own notices around it). */
    private static String errorLine(Application.Run run) {
        List<String> errors = run.err().lines().filter(l -> l.startsWith("error:")).toList();
        assertEquals(1, errors.size(), run.err());
        return errors.get(0);
    }

    private static String returnLine(Application.Run run) {
        return run.out().lines().filter(l -> l.startsWith("runs/expert: return")).findFirst().orElseThrow(() ->
                new AssertionError("no return line in " + run.out() + run.err()));
    }

    @Test
    void onnxExportAndDefaultEvaluationLoadNeitherEngineAndOnnxRuntimeEvaluatesAlike() throws Exception {
        var export = smiling(CLASS_LOG, "export", "--format", "onnx", "runs/expert");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("wrote runs/expert/export/policy.onnx: ONNX (opset 13), observation [batch, 4] -> action [batch, 2]"),
                export.out());
        assertTrue(Files.size(work.resolve("runs/expert/export/policy.onnx")) > 4 * 32 * 32);
        assertNotLoaded(export, "org.tensorflow", "ai.onnxruntime.", "ai.djl.onnxruntime.engine.OrtEngine ");

        var again = smiling(List.of(), "export", "--format", "onnx", "runs/expert");
        assertEquals(2, again.code());
        assertEquals("error: runs/expert/export/policy.onnx exists; pass --overwrite to replace it", again.err().strip());

        var plain = smiling(CLASS_LOG, "evaluate", "runs/expert", "--episodes", "2");
        assertEquals(0, plain.code(), plain.err());
        assertNotLoaded(plain, "org.tensorflow", "ai.onnxruntime.", "ai.djl.onnxruntime.engine.OrtEngine ");

        var onnx = smiling(CLASS_LOG, "evaluate", "runs/expert", "--episodes", "2", "--set", "solver.engine=onnxruntime");
        assertEquals(0, onnx.code(), onnx.err());
        assertTrue(onnx.out().contains("] ai.onnxruntime.OrtSession "), "ONNX Runtime did not run");
        assertNotLoaded(onnx, "org.tensorflow");
        assertEquals(returnLine(plain), returnLine(onnx));
    }

    @Test
    void savedModelExportLoadsTensorFlow() throws Exception {
        var export = smiling(CLASS_LOG, "export", "--format", "savedmodel", "runs/expert", "--out", "deploy/policy");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("wrote deploy/policy: TensorFlow SavedModel, signature serving_default (tag serve)"),
                export.out());
        assertTrue(export.out().contains("] org.tensorflow.SavedModelBundle "), "TensorFlow was not loaded");
        assertTrue(Files.exists(work.resolve("deploy/policy/saved_model.pb")));
    }

    @Test
    void missingEnginesAreNamedWithTheirArtifacts() throws Exception {
        Path lib = Files.createDirectories(work.resolve("lib-without-engines"));
        try (Stream<Path> jars = Files.list(Application.APP.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("onnxruntime") && !name.startsWith("tensorflow") && !name.startsWith("ndarray")
                        && !name.startsWith("protobuf")) {
                    Files.createSymbolicLink(lib.resolve(name), jar);
                }
            }
        }
        List<String> cmd = new ArrayList<>(Application.command(lib, List.of(), List.of()));
        var onnx = Application.run(work, cmd, 180, "evaluate", "runs/expert", "--set", "solver.engine=onnxruntime");
        assertEquals(1, onnx.code(), onnx.err());
        String onnxError = errorLine(onnx);
        assertTrue(onnxError.startsWith("error: the ONNX Runtime engine is not available ("), onnx.err());
        assertTrue(onnxError.endsWith("); it comes with the Maven artifact ai.djl.onnxruntime:onnxruntime-engine:0.36.0 "
                + "(which brings com.microsoft.onnxruntime:onnxruntime 1.21.1)"), onnx.err());
        assertFalse(onnx.err().contains("\tat "), "a stack trace: " + onnx.err());

        var tf = Application.run(work, cmd, 180, "export", "--format", "savedmodel", "runs/expert", "--out", "nowhere");
        assertEquals(1, tf.code(), tf.err());
        String tfError = errorLine(tf);
        assertFalse(tf.err().contains("\tat "), "a stack trace: " + tf.err());
        assertTrue(tfError.startsWith("error: the TensorFlow engine is not available (class org.tensorflow."), tf.err());
        assertTrue(tfError.endsWith("); it comes with the Maven artifacts org.tensorflow:tensorflow-core-api:1.1.0 and "
                + "org.tensorflow:tensorflow-core-native:1.1.0 (classifier linux-x86_64)"), tf.err());
        assertFalse(Files.exists(work.resolve("nowhere")));

        Path withoutPyTorch = Files.createDirectories(work.resolve("lib-without-pytorch"));
        try (Stream<Path> jars = Files.list(Application.APP.resolve("lib"))) {
            for (Path jar : jars.filter(j -> !j.getFileName().toString().startsWith("pytorch")).toList()) {
                Files.createSymbolicLink(withoutPyTorch.resolve(jar.getFileName()), jar);
            }
        }
        List<String> noTorch = new ArrayList<>(Application.command(withoutPyTorch, List.of(), List.of()));
        noTorch.set(noTorch.indexOf("-cp") + 1, withoutPyTorch.toString());
        var torch = Application.run(work, noTorch, 180, "evaluate", "runs/expert");
        assertEquals(1, torch.code(), torch.err());
        String torchError = errorLine(torch);
        assertTrue(torchError.startsWith("error: the PyTorch engine is not available ("), torch.err());
        assertTrue(torchError.endsWith("); it comes with the Maven artifacts ai.djl.pytorch:pytorch-engine:0.36.0 and "
                + "ai.djl.pytorch:pytorch-native-cpu:2.7.1 (classifier linux-x86_64, on the class path)"), torch.err());
        assertFalse(torch.err().contains("\tat "), "a stack trace: " + torch.err());
    }
}
