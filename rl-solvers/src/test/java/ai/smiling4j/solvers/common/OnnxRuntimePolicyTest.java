package ai.smiling4j.solvers.common;

import ai.smiling4j.api.EngineUnavailableException;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.policy.PolicyNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-encoded ONNX model, as ONNX Runtime reads and runs it, against hand-derived values and the network's definition. */
class OnnxRuntimePolicyTest {
    @TempDir
    Path dir;

    @Test
    void oneLayerWithNormalizationGivesTheHandDerivedAction() {
        // h = ((3, 5) - (1, 1)) / (2, 4) = (1, 1); u = 1 - 2 + 0.5 = -0.5; action = 1 + 2 tanh(-0.5)
        PolicyNetwork p = new PolicyNetwork(new PolicyNetwork.Normalization(new float[] {1, 1}, new float[] {2, 4}),
                List.of(new PolicyNetwork.Dense(2, 1, new float[] {1, -2}, new float[] {0.5f})), Activation.RELU,
                new float[] {1}, new float[] {2});
        try (OnnxRuntimePolicy onnx = OnnxRuntimePolicy.write(p, dir.resolve("one.onnx"), 1)) {
            assertEquals(1 + 2 * Math.tanh(-0.5), onnx.act(new float[] {3, 5})[0], 1e-6);
            assertEquals(0.0757657, onnx.act(new float[] {3, 5})[0], 1e-6);
        }
        assertTrue(Files.exists(dir.resolve("one.onnx")));
    }

    @Test
    void everyActivationMatchesTheDefinitionInBatchesAndOneByOne() {
        SplittableRandom r = new SplittableRandom(9);
        for (Activation activation : Activation.values()) {
            PolicyNetwork p = random(r, activation, new int[] {5, 12, 9, 3});
            try (OnnxRuntimePolicy onnx = OnnxRuntimePolicy.write(p, dir.resolve(activation.configName() + ".onnx"), 1)) {
                float[][] batch = new float[50][];
                for (int i = 0; i < batch.length; i++) {
                    batch[i] = gaussian(r, 5, 2);
                }
                float[][] actions = onnx.act(batch);
                for (int i = 0; i < batch.length; i++) {
                    double[] expected = p.act(batch[i]);
                    float[] single = onnx.act(batch[i]);
                    for (int k = 0; k < 3; k++) {
                        assertEquals(expected[k], actions[i][k], 1e-5, activation + " batch");
                        assertEquals(actions[i][k], single[k], 1e-6, activation + " batch vs one");
                    }
                }
            }
        }
    }

    @Test
    void everyActionBoxShapeAndChangingBatchSizesMatchTheDefinition() {
        // the unit box leaves out Mul and Add, a box of half-width 1 only Mul, a centred box only Add
        float[][][] boxes = {{{0, 0, 0}, {1, 1, 1}}, {{0.5f, -1, 0}, {1, 1, 1}}, {{0, 0, 0}, {2, 0.25f, 1}}, {{0.5f, 0, 0}, {1, 3, 1}}};
        SplittableRandom r = new SplittableRandom(4);
        for (float[][] box : boxes) {
            PolicyNetwork base = random(r, Activation.RELU, new int[] {4, 16, 3});
            PolicyNetwork p = new PolicyNetwork(base.normalization(), base.layers(), base.activation(), box[0], box[1]);
            try (OnnxRuntimePolicy onnx = OnnxRuntimePolicy.write(p, dir.resolve("box.onnx"), 1)) {
                for (int batch : new int[] {1, 7, 1, 3, 3}) {
                    float[][] observations = new float[batch][];
                    for (int i = 0; i < batch; i++) {
                        observations[i] = gaussian(r, 4, 2);
                    }
                    float[][] actions = onnx.act(observations);
                    for (int i = 0; i < batch; i++) {
                        double[] expected = p.act(observations[i]);
                        for (int k = 0; k < 3; k++) {
                            assertEquals(expected[k], actions[i][k], 1e-5, "box " + java.util.Arrays.deepToString(box));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aMissingEngineIsNamedWithItsArtifact() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> OnnxRuntimePolicy.requireEngine("NoSuchEngine"));
        assertEquals("the ONNX Runtime engine is not available (Deep learning engine not found: NoSuchEngine); it comes with "
                + OnnxRuntimePolicy.PROVIDER, e.getMessage());
    }

    static PolicyNetwork random(SplittableRandom r, Activation activation, int[] sizes) {
        List<PolicyNetwork.Dense> layers = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            layers.add(new PolicyNetwork.Dense(sizes[l], sizes[l + 1], gaussian(r, sizes[l] * sizes[l + 1],
                    1 / Math.sqrt(sizes[l])), gaussian(r, sizes[l + 1], 0.3)));
        }
        int in = sizes[0];
        int out = sizes[sizes.length - 1];
        float[] std = gaussian(r, in, 1);
        for (int i = 0; i < in; i++) {
            std[i] = 0.5f + Math.abs(std[i]);
        }
        return new PolicyNetwork(new PolicyNetwork.Normalization(gaussian(r, in, 1), std), layers, activation,
                gaussian(r, out, 1), new float[] {1, 2, 0.5f});
    }

    static float[] gaussian(SplittableRandom r, int n, double scale) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (scale * r.nextGaussian());
        }
        return x;
    }
}
