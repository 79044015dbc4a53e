package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ExportablePolicy;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.policy.PolicyNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three engines of SAC's deterministic policy agree: the policy exported as ONNX and run by
 * ONNX Runtime matches the training network on DJL's PyTorch within 1e-5 on 10k random
 * observations, and so does the plain-Java copy; the exported network agrees with its definition.
 */
class PolicyEnginesTest {
    private static final int OBS = 7;
    private static final Box BOX = new Box(new float[] {-3, 0, -1}, new float[] {1, 10, 1});
    private static final EnvironmentSpec SPEC = TestContext.spec(OBS, BOX);
    @TempDir
    static Path trained;

    private static RLSolver solver(String engine) {
        Map<String, Object> options = new HashMap<>(Map.of("hidden", 64, "batch-size", 16, "seed-steps", 50,
                "replay-capacity", 1000));
        options.put("engine", engine);
        return new SacProvider().create(TestContext.options(options), new TestContext(5, SPEC));
    }

    /** A policy trained for a few updates, so that its biases are no longer zero, saved for every engine to load. */
    @BeforeAll
    static void train() throws IOException {
        SplittableRandom r = new SplittableRandom(2);
        try (RLSolver sac = solver("java")) {
            for (int t = 0; t < 80; t++) {
                float[] obs = gaussian(r, 1);
                float[] a = sac.act(obs, false);
                sac.observe(new Transition(obs, a, a[0] - a[1] + a[2], gaussian(r, 1), false, false));
                sac.update(RewardFunction.taskReward());
            }
            sac.save(trained);
        }
    }

    private static RLSolver loaded(String engine) throws IOException {
        RLSolver sac = solver(engine);
        sac.load(trained);
        return sac;
    }

    private static float[] gaussian(SplittableRandom r, double scale) {
        float[] x = new float[OBS];
        for (int i = 0; i < OBS; i++) {
            x[i] = (float) (scale * r.nextGaussian());
        }
        return x;
    }

    @Test
    void onnxRuntimeAndPlainJavaMatchPyTorchOnTenThousandObservations() throws IOException {
        try (RLSolver pytorch = loaded("pytorch"); RLSolver onnx = loaded("onnxruntime"); RLSolver plain = loaded("java")) {
            SplittableRandom r = new SplittableRandom(11);
            double onnxGap = 0;
            double javaGap = 0;
            double spread = 0;
            for (int i = 0; i < 10_000; i++) {
                float[] obs = gaussian(r, 3);
                float[] reference = pytorch.act(obs, true);
                float[] viaOnnx = onnx.act(obs, true);
                float[] viaJava = plain.act(obs, true);
                assertTrue(BOX.contains(reference));
                for (int k = 0; k < reference.length; k++) {
                    onnxGap = Math.max(onnxGap, Math.abs(viaOnnx[k] - reference[k]));
                    javaGap = Math.max(javaGap, Math.abs(viaJava[k] - reference[k]));
                    spread = Math.max(spread, Math.abs(reference[k] - (BOX.low(k) + BOX.high(k)) / 2));
                }
            }
            assertTrue(onnxGap <= 1e-5, "ONNX Runtime vs PyTorch: " + onnxGap);
            assertTrue(javaGap <= 1e-5, "plain Java vs PyTorch: " + javaGap);
            assertTrue(spread > 0.1, "the trained policy is not constant: " + spread);
        }
    }

    @Test
    void batchesGoThroughTheEngineInOneCallAndMatchRowByRow() throws IOException {
        for (String engine : new String[] {"pytorch", "onnxruntime"}) {
            try (RLSolver sac = loaded(engine)) {
                SplittableRandom r = new SplittableRandom(12);
                float[][] batch = new float[64][];
                for (int i = 0; i < batch.length; i++) {
                    batch[i] = gaussian(r, 2);
                }
                float[][] together = sac.act(batch, true);
                for (int i = 0; i < batch.length; i++) {
                    assertArrayEquals(sac.act(batch[i], true), together[i], 1e-6f, engine);
                }
            }
        }
    }

    @Test
    void exportedNetworkIsTheMeanHeadInTheActionBox() throws IOException {
        try (RLSolver sac = loaded("pytorch")) {
            PolicyNetwork p = sac.capability(ExportablePolicy.class).orElseThrow().policyNetwork();
            assertEquals(OBS, p.observationDim());
            assertEquals(3, p.actionDim());
            assertEquals("64x64", p.hiddenShape());
            SplittableRandom r = new SplittableRandom(3);
            for (int i = 0; i < 100; i++) {
                float[] obs = gaussian(r, 2);
                double[] expected = p.act(obs);
                float[] actual = sac.act(obs, true);
                for (int k = 0; k < 3; k++) {
                    assertEquals(expected[k], actual[k], 1e-5);
                }
            }
        }
    }

    @Test
    void onnxPolicyFollowsTrainingAndCheckpoints() throws IOException {
        try (RLSolver onnx = loaded("onnxruntime"); RLSolver plain = loaded("java")) {
            SplittableRandom r = new SplittableRandom(4);
            float[] probe = gaussian(r, 1);
            float[] before = onnx.act(probe, true);
            for (int t = 0; t < 5; t++) {
                for (RLSolver s : new RLSolver[] {onnx, plain}) {
                    s.observe(new Transition(probe, before, 1, probe, false, false));
                    s.update(RewardFunction.taskReward());
                }
            }
            float[] after = onnx.act(probe, true);
            assertTrue(!java.util.Arrays.equals(before, after), "the ONNX policy did not follow the updates");
            assertArrayEquals(plain.act(probe, true), after, 1e-5f);
        }
    }
}
