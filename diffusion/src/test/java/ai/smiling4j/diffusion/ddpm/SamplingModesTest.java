package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.DiffusionSampler;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The iid and stratified designs estimate the same reward (learner error minus expert error); the
 * variance of one network evaluation is printed for both. One state repeated n times with per-state
 * pairs gives n independent estimates.
 */
class SamplingModesTest {
    private static final int D = 3;
    private static final int T = 1000;
    private static final int K = 8;
    private static final int N = 4000;

    @Test
    void iidAndStratifiedAgreeAndStratifiedVariesLess() {
        Map<String, Object> options = Map.of("steps", T, "width", 64);
        try (DdpmMlpModel expert = Models.create(D, 1, options); DdpmMlpModel learner = Models.create(D, 2, options)) {
            SplittableRandom r = new SplittableRandom(3);
            for (int i = 0; i < 100; i++) {
                expert.trainStep(data(256, 1, r));
                learner.trainStep(data(256, -1, r));
            }
            FloatMatrix states = new FloatMatrix(N, D, new float[N * D]);
            double[] iid = estimates(expert, learner, states, false, r);
            double[] stratified = estimates(expert, learner, states, true, r);
            double gap = Math.abs(iid[0] - stratified[0]);
            double error = Math.sqrt(iid[1] / N + stratified[1] / N);
            System.out.printf(Locale.ROOT, "reward at x=0: iid %.5f (variance per evaluation %.3e), stratified %.5f"
                    + " (variance per evaluation %.3e); gap %.2f standard errors%n",
                    iid[0], iid[1] * K, stratified[0], stratified[1] * K, gap / error);
            assertTrue(gap < 4 * error, "means differ by " + gap / error + " standard errors");
            assertTrue(stratified[1] < iid[1], "stratified pairs should vary less");
        }
    }

    /** Mean and variance (over states) of the per-state reward estimate with K pairs. */
    private static double[] estimates(DdpmMlpModel expert, DdpmMlpModel learner, FloatMatrix states,
                                      boolean stratified, SplittableRandom r) {
        // stratified: t evenly over the grid, with antithetic noise pairs
        DiffusionSamples samples = new DiffusionSampler(K, T, 10, stratified, stratified).perState(N, D, r);
        float[] e = expert.denoisingError(states, samples);
        float[] l = learner.denoisingError(states, samples);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < N; i++) {
            double reward = l[i] - e[i];
            sum += reward;
            squares += reward * reward;
        }
        double mean = sum / N;
        return new double[] {mean, (squares / N - mean * mean) * N / (N - 1)};
    }

    private static FloatMatrix data(int n, double mean, SplittableRandom r) {
        float[] v = new float[n * D];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (mean + r.nextDouble(-1, 1));
        }
        return new FloatMatrix(n, D, v);
    }
}
