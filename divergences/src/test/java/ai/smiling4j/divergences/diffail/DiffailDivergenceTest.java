package ai.smiling4j.divergences.diffail;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.DiffusionSampler;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.divergences.common.RewardStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffailDivergenceTest {

    @Test
    void crossEntropyRewardAndTimeCodeMatchHandComputation() {
        try (NDManager m = NDManager.newBaseManager()) {
            // learner error ln 2: D = 1/2, -log(1 - D) = ln 2; expert error 0.3: -log D = 0.3
            NDArray bce = DiffailLoss.crossEntropy(m.create(new float[] {(float) Math.log(2)}), m.create(new float[] {0.3f}));
            assertEquals(0.5 * (Math.log(2) + 0.3), bce.getFloat(), 1e-6);
            assertEquals(Math.log(2), DiffailLoss.reward((float) Math.log(2)), 1e-6);
            float[] code = EpsilonNetwork.sinusoidal(new int[] {0, 3});
            assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1},
                    java.util.Arrays.copyOfRange(code, 0, 16), 0f);
            // t = 3, k = 7: f = 1e-4
            assertEquals(Math.sin(3e-4), code[16 + 7], 1e-7);
            assertEquals(Math.cos(3), code[16 + 8], 1e-6);
        }
    }

    @Test
    void discriminatorLiesInTheUnitInterval() {
        try (NDManager m = NDManager.newBaseManager()) {
            DiffailSettings s = settings();
            EpsilonNetwork net = new EpsilonNetwork(m, 3, 16, new SplittableRandom(1));
            float[] x = new float[64 * 3];
            SplittableRandom random = new SplittableRandom(2);
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextDouble(-5, 5);
            }
            var pairs = new DiffusionSampler(1, s.diffusionSteps(), 1, false, false).perState(64, 3, random);
            float[] d = DiffailLoss.discriminator(DiffailLoss.denoisingError(net, m.create(x, new Shape(64, 3)), pairs,
                    s.schedule())).toFloatArray();
            for (float v : d) {
                assertTrue(v > 0 && v <= 1, "D = " + v);
            }
        }
    }

    private static DiffailSettings settings() {
        return DiffailSettings.from(new DiffailProvider().options().resolve(Map.of("pairs", 2048, "batch-size", 256,
                "buffer", 4096, "diffusion-steps", 100, "hidden", 64)));
    }

    private static float[] gaussian(SplittableRandom random, double mean) {
        return new float[] {(float) (mean + 0.3 * gauss(random)), (float) (mean + 0.3 * gauss(random))};
    }

    private static double gauss(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static DiffailDivergence trained(int updates) {
        DiffailDivergence d = new DiffailDivergence(settings(), NDManager.newBaseManager(), 2, 5);
        SplittableRandom random = new SplittableRandom(13);
        float[][] obs = new float[1001][];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = gaussian(random, 1);
        }
        d.fitExpert(new Demonstrations(List.of(new Episode(FloatMatrix.ofRows(obs), null, new float[1000],
                new boolean[1000], new boolean[1000])), Map.of()));
        for (int i = 0; i < 1000; i++) {
            d.observe(new Transition(gaussian(random, -1), new float[1], 0, new float[2], false, false));
        }
        for (int u = 0; u < updates; u++) {
            d.update();
        }
        return d;
    }

    private static TransitionBatch copies(int n, float[] state) {
        float[][] rows = new float[n][];
        java.util.Arrays.fill(rows, state);
        FloatMatrix s = FloatMatrix.ofRows(rows);
        return new TransitionBatch(new long[n], s, FloatMatrix.zeros(n, 1), new float[n], s, new boolean[n]);
    }

    @Test
    void trainingRaisesDOnExpertSamplesAndRewardsExpertLikeStates() {
        try (DiffailDivergence d = trained(4)) {
            Map<String, Double> diag = d.diagnostics();
            assertTrue(diag.get("expert_d_mean") > diag.get("learner_d_mean") + 0.2, diag.toString());
            float[] expertLike = d.rewards(copies(256, new float[] {1, 1}));
            float[] learnerLike = d.rewards(copies(256, new float[] {-1, -1}));
            assertTrue(RewardStatistics.mean(expertLike) > RewardStatistics.mean(learnerLike) + 0.2,
                    RewardStatistics.mean(expertLike) + " " + RewardStatistics.mean(learnerLike));
            for (float r : learnerLike) {
                assertTrue(r >= -1e-7, "-log(1 - D + 1e-8) is never below -1e-8");
            }
        }
    }

    @Test
    void savedStateResumesExactly(@TempDir Path dir) throws Exception {
        try (DiffailDivergence d = trained(1); DiffailDivergence other = new DiffailDivergence(settings(), NDManager.newBaseManager(), 2, 5)) {
            d.save(dir);
            other.load(dir);
            TransitionBatch b = copies(4, new float[] {0.2f, 0.4f});
            assertArrayEquals(d.rewards(b), other.rewards(b));
            d.update();
            other.update();
            assertArrayEquals(d.rewards(b), other.rewards(b));
            assertEquals(d.diagnostics(), other.diagnostics());
        }
    }
}
