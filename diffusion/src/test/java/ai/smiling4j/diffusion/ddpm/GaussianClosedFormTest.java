package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.DiffusionSampler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For Gaussian data {@code x ~ N(mu, Sigma)} the best noise predictor is known:
 * {@code eps*(x_t, t) = sqrt(1 - abar_t) Sigma_t^{-1} (x_t - sqrt(abar_t) mu)} with
 * {@code Sigma_t = abar_t Sigma + (1 - abar_t) I}. Two models trained on N(mu_E, Sigma) and
 * N(mu_L, Sigma) (d = 2, T = 1000, width 128, 1000 steps) are checked against it: predictor within
 * 0.08 rms, loss within 0.015 of its minimum, reward within 10% + 0.01 of its expectation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GaussianClosedFormTest {
    private static final int T = 1000;
    private static final int TRAIN_STEPS = 1000;
    private static final double[] SIGMA = {1.0, 0.5, 0.5, 0.8};
    private static final double[] MU_EXPERT = {1.0, -0.5};
    private static final double[] MU_LEARNER = {-1.0, 0.5};

    private DdpmMlpModel expert;
    private DdpmMlpModel learner;
    private NoiseSchedule schedule;

    @BeforeAll
    void train() {
        Map<String, Object> options = Map.of("steps", T, "width", 128);
        expert = Models.create(2, 11, options);
        learner = Models.create(2, 12, options);
        schedule = expert.schedule();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < TRAIN_STEPS; i++) {
            expert.trainStep(gaussianData(1024, MU_EXPERT, random));
            learner.trainStep(gaussianData(1024, MU_LEARNER, random));
        }
    }

    @AfterAll
    void close() {
        expert.close();
        learner.close();
    }

    @Test
    void learnedPredictorMatchesTheOptimalOne() {
        SplittableRandom random = new SplittableRandom(8);
        for (int t : new int[] {20, 100, 300, 600, 999}) {
            int n = 2000;
            double s = schedule.signalScale(t);
            double v = schedule.noiseScale(t);
            FloatMatrix clean = gaussianData(n, MU_EXPERT, random);
            float[] noisy = new float[2 * n];
            for (int i = 0; i < 2 * n; i++) {
                noisy[i] = (float) (s * clean.data()[i] + v * normal(random));
            }
            int[] steps = new int[n];
            java.util.Arrays.fill(steps, t);
            FloatMatrix predicted = expert.predictNoise(new FloatMatrix(n, 2, noisy), steps);
            double[] a = inverseSigmaT(t);
            double squared = 0;
            double optimalSquared = 0;
            for (int i = 0; i < n; i++) {
                double[] best = optimal(noisy[2 * i], noisy[2 * i + 1], t, MU_EXPERT, a);
                for (int c = 0; c < 2; c++) {
                    squared += Math.pow(predicted.get(i, c) - best[c], 2);
                    optimalSquared += best[c] * best[c];
                }
            }
            double rms = Math.sqrt(squared / (2 * n));
            System.out.printf(Locale.ROOT, "t=%4d: rms(eps_theta - eps*) = %.4f, rms(eps*) = %.4f%n",
                    t, rms, Math.sqrt(optimalSquared / (2 * n)));
            assertTrue(rms < 0.08, "t = " + t + ": learned predictor is " + rms + " (rms) from the optimal one");
        }
    }

    @Test
    void ddpmLossApproachesItsAnalyticMinimum() {
        SplittableRandom random = new SplittableRandom(9);
        int n = 40_000;
        FloatMatrix clean = gaussianData(n, MU_EXPERT, random);
        float[] noise = new float[2 * n];
        float[] noisy = new float[2 * n];
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = random.nextInt(T);
            for (int c = 0; c < 2; c++) {
                noise[2 * i + c] = (float) normal(random);
                noisy[2 * i + c] = (float) (schedule.signalScale(steps[i]) * clean.data()[2 * i + c]
                        + schedule.noiseScale(steps[i]) * noise[2 * i + c]);
            }
        }
        FloatMatrix predicted = expert.predictNoise(new FloatMatrix(n, 2, noisy), steps);
        double loss = 0;
        double optimalLoss = 0;
        for (int i = 0; i < n; i++) {
            double[] best = optimal(noisy[2 * i], noisy[2 * i + 1], steps[i], MU_EXPERT, inverseSigmaT(steps[i]));
            for (int c = 0; c < 2; c++) {
                loss += Math.pow(predicted.get(i, c) - noise[2 * i + c], 2) / (2 * n);
                optimalLoss += Math.pow(best[c] - noise[2 * i + c], 2) / (2 * n);
            }
        }
        double minimum = 0;
        for (int t = 0; t < T; t++) {
            double[] a = inverseSigmaT(t);
            double v2 = 1 - schedule.alphaBar(t);
            minimum += (2 - v2 * (a[0] + a[3])) / 2 / T;
        }
        System.out.printf(Locale.ROOT, "DDPM loss %.4f; optimal predictor on the same samples %.4f; analytic minimum %.4f%n",
                loss, optimalLoss, minimum);
        assertEquals(minimum, optimalLoss, 0.01, "the closed form itself (Monte Carlo check)");
        assertTrue(loss - optimalLoss < 0.01, "excess loss " + (loss - optimalLoss));
        assertEquals(minimum, loss, 0.015);
    }

    @Test
    void denoisingErrorDifferenceRanksStatesAndMatchesTheClosedForm() {
        double[][] states = {
                MU_EXPERT, {0.5, -0.25}, {0, 0}, {-0.5, 0.25}, MU_LEARNER, {2.0, -1.0}, {1.0, 0.5}};
        float[] flat = new float[states.length * 2];
        for (int i = 0; i < states.length; i++) {
            flat[2 * i] = (float) states[i][0];
            flat[2 * i + 1] = (float) states[i][1];
        }
        FloatMatrix x = new FloatMatrix(states.length, 2, flat);
        DiffusionSamples samples = new DiffusionSampler(20_000, T, 1, true, true)
                .shared(2, new SplittableRandom(10));
        float[] expertError = expert.denoisingError(x, samples);
        float[] learnerError = learner.denoisingError(x, samples);
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i < states.length; i++) {
            double reward = learnerError[i] - expertError[i];
            double expected = expectedReward(states[i]);
            System.out.printf(Locale.ROOT, "x=(%5.2f, %5.2f): reward %.4f, closed form %.4f%n",
                    states[i][0], states[i][1], reward, expected);
            assertEquals(expected, reward, 0.1 * Math.abs(expected) + 0.01, "state " + i);
            if (i < 5) {
                assertTrue(reward < previous, "states farther from the expert's mean get less reward");
                previous = reward;
            }
        }
    }

    /**
     * E_{t, eps}[err_L - err_E] with both optimal predictors: {@code mean_t (1 - abar_t) abar_t
     * (|A (x - mu_L)|^2 - |A (x - mu_E)|^2) / d}, A = Sigma_t^{-1}; the eps terms cancel.
     */
    private double expectedReward(double[] x) {
        double sum = 0;
        for (int t = 0; t < T; t++) {
            double[] a = inverseSigmaT(t);
            double scale = (1 - schedule.alphaBar(t)) * schedule.alphaBar(t);
            sum += scale * (squaredNorm(a, x[0] - MU_LEARNER[0], x[1] - MU_LEARNER[1])
                    - squaredNorm(a, x[0] - MU_EXPERT[0], x[1] - MU_EXPERT[1])) / 2;
        }
        return sum / T;
    }

    private static double squaredNorm(double[] a, double u, double v) {
        double p = a[0] * u + a[1] * v;
        double q = a[2] * u + a[3] * v;
        return p * p + q * q;
    }

    private double[] optimal(double x0, double x1, int t, double[] mu, double[] a) {
        double s = schedule.signalScale(t);
        double v = schedule.noiseScale(t);
        double u = x0 - s * mu[0];
        double w = x1 - s * mu[1];
        return new double[] {v * (a[0] * u + a[1] * w), v * (a[2] * u + a[3] * w)};
    }

    /** (abar Sigma + (1 - abar) I)^{-1}, row-major 2 x 2. */
    private double[] inverseSigmaT(int t) {
        double ab = schedule.alphaBar(t);
        double p = ab * SIGMA[0] + 1 - ab;
        double q = ab * SIGMA[1];
        double r = ab * SIGMA[3] + 1 - ab;
        double det = p * r - q * q;
        return new double[] {r / det, -q / det, -q / det, p / det};
    }

    private static FloatMatrix gaussianData(int n, double[] mu, SplittableRandom random) {
        // Cholesky factor of SIGMA
        double l00 = Math.sqrt(SIGMA[0]);
        double l10 = SIGMA[2] / l00;
        double l11 = Math.sqrt(SIGMA[3] - l10 * l10);
        float[] v = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double z0 = normal(random);
            double z1 = normal(random);
            v[2 * i] = (float) (mu[0] + l00 * z0);
            v[2 * i + 1] = (float) (mu[1] + l10 * z0 + l11 * z1);
        }
        return new FloatMatrix(n, 2, v);
    }

    private static double normal(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
