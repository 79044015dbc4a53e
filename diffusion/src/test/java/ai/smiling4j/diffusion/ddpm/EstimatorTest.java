package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EstimatorTest {

    private static FloatMatrix gaussian(int rows, int cols, SplittableRandom r, double scale) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (scale * (r.nextDouble() * 2 - 1) * 1.7);
        }
        return new FloatMatrix(rows, cols, v);
    }

    private static DiffusionSamples samples(int pairs, int perState, int dim, int steps, SplittableRandom r) {
        int[] t = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            t[i] = r.nextInt(steps);
        }
        return new DiffusionSamples(perState, t, gaussian(pairs, dim, r, 1));
    }

    @Test
    void factoredErrorEqualsPlainComputation() {
        int d = 5;
        for (Map<String, Object> extra : java.util.List.<Map<String, Object>>of(
                Map.of(), Map.of("depth", 2, "activation", "silu"), Map.of("activation", "linear"))) {
            Map<String, Object> fast = new java.util.HashMap<>(extra);
            fast.put("steps", 1000);
            fast.put("width", 64);
            Map<String, Object> plain = new java.util.HashMap<>(fast);
            plain.put("estimator", "plain");
            try (DdpmMlpModel a = Models.create(d, 3, fast); DdpmMlpModel b = Models.create(d, 3, plain)) {
                SplittableRandom r = new SplittableRandom(5);
                FloatMatrix x = gaussian(300, d, r, 2);
                for (int s = 0; s < 3; s++) {
                    a.trainStep(x);
                    b.trainStep(x);
                }
                for (DiffusionSamples samples : new DiffusionSamples[] {
                        samples(40, 40, d, 1000, r), samples(300 * 7, 7, d, 1000, r)}) {
                    float[] fastErrors = a.denoisingError(x, samples);
                    float[] plainErrors = b.denoisingError(x, samples);
                    for (int i = 0; i < x.rows(); i++) {
                        assertEquals(plainErrors[i], fastErrors[i], 1e-4 * plainErrors[i], "state " + i + " " + extra);
                    }
                }
            }
        }
    }
}
