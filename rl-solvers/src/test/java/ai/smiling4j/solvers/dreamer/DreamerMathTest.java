package ai.smiling4j.solvers.dreamer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The DreamerV3 pieces against hand-computed values. */
class DreamerMathTest {

    @Test
    void symlogAndSymexpAreInversesWithKnownValues() {
        assertEquals(0, Symlog.symlog(0), 0);
        assertEquals(1, Symlog.symlog(Math.E - 1), 1e-12);
        assertEquals(-2, Symlog.symlog(-(Math.E * Math.E - 1)), 1e-12);
        for (double x : new double[] {-1e6, -3.5, -1e-4, 0, 0.7, 42, 1e8}) {
            assertEquals(x, Symlog.symexp(Symlog.symlog(x)), 1e-9 * Math.max(1, Math.abs(x)));
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {-5, 0, (float) (Math.E - 1)});
            assertArrayEquals(new float[] {(float) -Math.log(6), 0, 1}, Symlog.symlog(x).toFloatArray(), 1e-6f);
            assertArrayEquals(x.toFloatArray(), Symlog.symexp(Symlog.symlog(x)).toFloatArray(), 1e-5f);
        }
    }

    @Test
    void twoHotPutsWeightOnTheTwoNeighbouringBinsAndRoundTrips() {
        TwoHot twoHot = new TwoHot(5, -2, 2); // bins -2, -1, 0, 1, 2
        float[] w = twoHot.encode(new float[] {(float) Symlog.symexp(0.25), 100, (float) Symlog.symexp(-1)});
        assertArrayEquals(new float[] {0, 0, 0.75f, 0.25f, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0}, w, 1e-6f);
        TwoHot wide = new TwoHot(255, -20, 20);
        float[] values = {-1234.5f, -3, -0.01f, 0, 0.37f, 7, 999};
        float[] encoded = wide.encode(values);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], wide.decode(encoded, i), 1e-4 * Math.max(1, Math.abs(values[i])));
        }
        try (NDManager m = NDManager.newBaseManager()) {
            // logits whose softmax is the encoding (up to 1e-12 on the empty bins) decode to the values
            float[] logits = new float[encoded.length];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = (float) Math.log(encoded[i] + 1e-12);
            }
            float[] decoded = wide.decode(m.create(logits, new Shape(values.length, 255))).toFloatArray();
            for (int i = 0; i < values.length; i++) {
                assertEquals(values[i], decoded[i], 1e-3 * Math.max(1, Math.abs(values[i])));
            }
        }
    }

    @Test
    void lambdaReturnsOfAHandWorkedSequence() {
        // one trajectory, H = 3, gamma 0.9, lambda 0.5, rewards 1, 2, 3 on arriving at s1..s3, values 0.5, 1, 2, 4
        float[] reward = {0, 1, 2, 3};
        float[] value = {0.5f, 1, 2, 4};
        float[] returns = Returns.lambdaReturns(reward, new float[] {1, 1, 1, 1}, value, 1, 0.9, 0.5);
        // R3 = 4; R2 = 3 + 0.9 (0.5 * 4 + 0.5 * 4) = 6.6; R1 = 2 + 0.9 (0.5 * 2 + 0.5 * 6.6) = 5.87;
        // R0 = 1 + 0.9 (0.5 * 1 + 0.5 * 5.87) = 4.0915
        assertArrayEquals(new float[] {4.0915f, 5.87f, 6.6f}, returns, 1e-5f);
        // the episode ends at s2: nothing beyond it counts
        float[] cut = {1, 1, 0, 1};
        assertArrayEquals(new float[] {2.35f, 2, 6.6f}, Returns.lambdaReturns(reward, cut, value, 1, 0.9, 0.5), 1e-5f);
        assertArrayEquals(new float[] {1, 0.9f, 0}, Returns.weights(cut, 1, 3, 0.9), 1e-6f);
    }

    @Test
    void percentilesAndReturnScale() {
        float[] values = new float[101];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        assertEquals(6, Returns.percentile(values, 0.05), 1e-9);
        assertEquals(96, Returns.percentile(values, 0.95), 1e-9);
        Returns.Scale scale = new Returns.Scale(0.99);
        assertEquals(1, scale.update(values), 1e-9, "0.01 * 90 = 0.9 < 1: max(1, S)");
        for (int k = 0; k < 2000; k++) {
            scale.update(values);
        }
        assertEquals(90, scale.scale(), 1e-3);
    }

    @Test
    void klBalancingWithFreeBits() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray post = m.create(new float[] {0.5f, 0.5f}, new Shape(1, 1, 2));
            NDArray prior = m.create(new float[] {0.9f, 0.1f}, new Shape(1, 1, 2));
            double kl = 0.5 * Math.log(0.5 / 0.9) + 0.5 * Math.log(0.5 / 0.1);
            assertEquals(kl, Categorical.kl(post, prior).getFloat(0), 1e-6);
            assertEquals(0.5 + 0.1, Categorical.balancedKl(post, prior, 1.0, 0.5, 0.1).getFloat(0), 1e-6,
                    "below the free bits each term counts as 1 nat");
            assertEquals(0.6 * kl, Categorical.balancedKl(post, prior, 0.1, 0.5, 0.1).getFloat(0), 1e-6);

            Categorical latent = new Categorical(1, 2, 0);
            NDArray postLogits = m.create(new float[] {0.3f, -0.2f}, new Shape(1, 2));
            NDArray priorLogits = m.create(new float[] {1.0f, -1.0f}, new Shape(1, 2));
            postLogits.setRequiresGradient(true);
            priorLogits.setRequiresGradient(true);
            try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                // the dynamics term alone trains only the prior
                tape.backward(Categorical.balancedKl(latent.probabilities(postLogits), latent.probabilities(priorLogits),
                        0, 1, 0).sum());
            }
            assertArrayEquals(new float[] {0, 0}, postLogits.getGradient().toFloatArray(), 0f);
            assertTrue(Math.abs(priorLogits.getGradient().toFloatArray()[0]) > 1e-3);
            postLogits.getGradient().muli(0);
            priorLogits.getGradient().muli(0);
            try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                // above the free bits nothing is trained
                tape.backward(Categorical.balancedKl(latent.probabilities(postLogits), latent.probabilities(priorLogits),
                        5, 0.5, 0.1).sum());
            }
            assertArrayEquals(new float[] {0, 0}, postLogits.getGradient().toFloatArray(), 0f);
            assertArrayEquals(new float[] {0, 0}, priorLogits.getGradient().toFloatArray(), 0f);
        }
    }

    private static void assertTrue(boolean condition) {
        org.junit.jupiter.api.Assertions.assertTrue(condition);
    }

    @Test
    void categoricalSampleIsOneHotWithStraightThroughGradient() {
        Categorical latent = new Categorical(2, 3, 0);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray probs = m.create(new float[] {0.2f, 0.5f, 0.3f, 0.6f, 0.3f, 0.1f}, new Shape(1, 2, 3));
            probs.setRequiresGradient(true);
            NDArray c = m.create(new float[] {1, 2, 3, 4, 5, 6}, new Shape(1, 6));
            NDArray sample;
            try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                // cdf (0.2, 0.7, 1.0): u = 0.3 picks class 1; cdf (0.6, 0.9, 1.0): u = 0.95 picks class 2
                sample = latent.sample(probs, new float[] {0.3f, 0.95f});
                tape.backward(sample.mul(c).sum());
            }
            assertArrayEquals(new float[] {0, 1, 0, 0, 0, 1}, sample.toFloatArray(), 1e-7f);
            assertArrayEquals(c.toFloatArray(), probs.getGradient().toFloatArray(), 1e-6f,
                    "d sample / d p is the identity");
        }
        Categorical mixed = new Categorical(1, 4, 0.01);
        try (NDManager m = NDManager.newBaseManager()) {
            float[] p = mixed.probabilities(m.create(new float[] {50, 0, 0, 0}, new Shape(1, 4))).toFloatArray();
            assertArrayEquals(new float[] {0.9925f, 0.0025f, 0.0025f, 0.0025f}, p, 1e-6f, "1% uniform mixed in");
        }
    }
}
