package ai.smiling4j.divergences.dac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DacDivergenceTest {

    /** D(x) = w2 . leaky(W1 x + b1) + b2 with W1 = [[1, -1], [2, 0.5]], b1 = (0, -3), w2 = (1, 10), b2 = 0.5. */
    private static Mlp handSet(NDManager m) {
        Mlp d = Mlp.create(m, new int[] {2, 2, 1}, Activation.LEAKY_RELU, Initializer.TORCH_DEFAULT, new SplittableRandom(0));
        d.weight(0).set(new float[] {1, -1, 2, 0.5f});
        d.bias(0).set(new float[] {0, -3});
        d.weight(1).set(new float[] {1, 10});
        d.bias(1).set(new float[] {0.5f});
        return d;
    }

    @Test
    void crossEntropyPenaltyAndRewardMatchHandComputation() {
        try (NDManager m = NDManager.newBaseManager()) {
            Mlp d = handSet(m);
            NDArray learner = m.create(new float[] {1, 2, 1, 2}, new Shape(2, 2));
            NDArray expert = m.create(new float[] {2, 0, 2, 0}, new Shape(2, 2));
            // learner (1, 2): W1 x + b1 = (-1, 0) -> leaky (-0.01, 0) -> D = -0.01 + 0.5 = 0.49
            // expert (2, 0): W1 x + b1 = (2, 1) -> D = 2 + 10 + 0.5 = 12.5
            NDArray dl = DacLoss.logits(d, learner);
            NDArray de = DacLoss.logits(d, expert);
            assertArrayEquals(new float[] {0.49f, 0.49f}, dl.toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {12.5f, 12.5f}, de.toFloatArray(), 1e-6f);
            // 0.5 [log(1 + e^0.49) + log(1 + e^-12.5)]
            assertEquals(0.48393393862624484, DacLoss.crossEntropy(dl, de).getFloat(), 1e-6);
            // a = 0.5: x_hat = (1.5, 1), pre-activation (0.5, 0.5), slopes (1, 1): grad = (1, -1) + 10 (2, 0.5) = (21, 4)
            // a = 1:   x_hat = (1, 2), pre-activation (-1, 0), slopes (0.01, 0.01): grad = (0.21, 0.04)
            NDArray a = m.create(new float[] {0.5f, 1}, new Shape(2, 1));
            NDArray xHat = DacLoss.interpolates(learner, expert, a);
            assertArrayEquals(new float[] {1.5f, 1, 1, 2}, xHat.toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {21, 4, 0.21f, 0.04f}, DacLoss.inputGradient(d, xHat).toFloatArray(), 1e-5f);
            // ((sqrt(457) - 1)^2 + (sqrt(0.0457) - 1)^2) / 2
            assertEquals(207.93151609030372, DacLoss.gradientPenalty(d, xHat).getFloat(), 2e-4);
            // -log(1 - sigmoid(D) + 1e-8)
            assertEquals(12.4973239376315, DacLoss.reward(12.5f), 1e-5);
            assertEquals(0.9678641242830999, DacLoss.reward(0.49f), 1e-6);
        }
    }

    @Test
    void explicitInputGradientEqualsFiniteDifferencesAndPenaltyGradientIsExact() {
        try (NDManager m = NDManager.newBaseManager()) {
            Mlp d = Mlp.create(m, new int[] {3, 8, 1}, Activation.LEAKY_RELU, Initializer.TORCH_DEFAULT, new SplittableRandom(4));
            SplittableRandom random = new SplittableRandom(5);
            float[] x = new float[4 * 3];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextDouble(-2, 2);
            }
            float[] grad = DacLoss.inputGradient(d, m.create(x, new Shape(4, 3))).toFloatArray();
            double h = 1e-2;
            for (int i = 0; i < x.length; i++) {
                float[] plus = x.clone();
                float[] minus = x.clone();
                plus[i] += h;
                minus[i] -= h;
                float[] dp = DacLoss.logits(d, m.create(plus, new Shape(4, 3))).toFloatArray();
                float[] dm = DacLoss.logits(d, m.create(minus, new Shape(4, 3))).toFloatArray();
                assertEquals((dp[i / 3] - dm[i / 3]) / (2 * h), grad[i], 2e-4, "d D / d x_" + i);
            }
            // autograd through the explicit gradient: d penalty / d W1 and d penalty / d w2 against finite differences
            NDArray input = m.create(x, new Shape(4, 3));
            try (GradientCollector c = m.getEngine().newGradientCollector()) {
                c.backward(DacLoss.gradientPenalty(d, input));
            }
            for (NDArray p : List.of(d.weight(0), d.weight(1))) {
                float[] g = p.getGradient().toFloatArray();
                float[] values = p.toFloatArray();
                for (int j = 0; j < values.length; j += 3) {
                    float[] shifted = values.clone();
                    shifted[j] = values[j] + 1e-2f;
                    p.set(shifted);
                    double up = DacLoss.gradientPenalty(d, input).getFloat();
                    shifted[j] = values[j] - 1e-2f;
                    p.set(shifted);
                    double down = DacLoss.gradientPenalty(d, input).getFloat();
                    p.set(values);
                    assertEquals((up - down) / 2e-2, g[j], 2e-3 + 1e-2 * Math.abs(g[j]), "d penalty / d " + p.getShape() + "[" + j + "]");
                }
            }
        }
    }

    private static DacSettings settings() {
        return DacSettings.from(new DacProvider().options().resolve(Map.of("pairs", 2048, "batch-size", 256, "buffer", 4096)));
    }

    private static float[] gaussian(SplittableRandom random, double mean) {
        return new float[] {(float) (mean + 0.5 * gauss(random)), (float) (mean + 0.5 * gauss(random))};
    }

    private static double gauss(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static DacDivergence trained(long seed, int updates) {
        DacDivergence dac = new DacDivergence(settings(), NDManager.newBaseManager(), 2, seed);
        SplittableRandom random = new SplittableRandom(11);
        float[][] obs = new float[1001][];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = gaussian(random, 1);
        }
        dac.fitExpert(new Demonstrations(List.of(new Episode(FloatMatrix.ofRows(obs), null, new float[1000],
                new boolean[1000], new boolean[1000])), Map.of()));
        for (int i = 0; i < 1000; i++) {
            dac.observe(new Transition(gaussian(random, -1), new float[1], 0, new float[2], false, false));
        }
        for (int u = 0; u < updates; u++) {
            dac.update();
        }
        return dac;
    }

    private static TransitionBatch batch(float[]... states) {
        FloatMatrix s = FloatMatrix.ofRows(states);
        return new TransitionBatch(new long[states.length], s, FloatMatrix.zeros(states.length, 1),
                new float[states.length], s, new boolean[states.length]);
    }

    @Test
    void trainingSeparatesTwoGaussiansAndRewardsExpertLikeStates() {
        try (DacDivergence dac = trained(3, 4)) {
            Map<String, Double> d = dac.diagnostics();
            assertTrue(d.get("expert_accuracy") > 0.9 && d.get("learner_accuracy") > 0.9, d.toString());
            float[] r = dac.rewards(batch(new float[] {1, 1}, new float[] {-1, -1}));
            // -log(1 - D) = log 2 at D = 1/2: expert-like states lie above it, learner-like ones below, none below 0
            assertTrue(r[0] > Math.log(2) && r[1] < Math.log(2) && r[1] >= 0, r[0] + " " + r[1]);
        }
    }

    @Test
    void savedStateResumesExactly(@TempDir Path dir) throws Exception {
        try (DacDivergence dac = trained(3, 1); DacDivergence other = new DacDivergence(settings(), NDManager.newBaseManager(), 2, 3)) {
            dac.save(dir);
            other.load(dir);
            TransitionBatch b = batch(new float[] {0.3f, 0.9f}, new float[] {-1, 0.2f});
            assertArrayEquals(dac.rewards(b), other.rewards(b));
            dac.update();
            other.update();
            assertArrayEquals(dac.rewards(b), other.rewards(b));
            assertEquals(dac.diagnostics(), other.diagnostics());
        }
    }
}
