package org.example.mmd;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MmdDivergenceTest {
    private static final MmdSettings SETTINGS = new MmdSettings(1.0, 500, 500, 100, 1000);

    private static float[] gaussian(Random r, double mean) {
        return new float[] {(float) (mean + r.nextGaussian()), (float) (mean + r.nextGaussian())};
    }

    private static Demonstrations expertAt(double mean, Random r) {
        float[][] obs = new float[1001][];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = gaussian(r, mean);
        }
        return new Demonstrations(List.of(new Episode(FloatMatrix.ofRows(obs), null, new float[1000],
                new boolean[1000], new boolean[1000])), Map.of());
    }

    private static MmdDivergence withLearnerAt(double mean, long seed) {
        Random r = new Random(seed);
        MmdDivergence d = new MmdDivergence(SETTINGS, 2, seed);
        d.fitExpert(expertAt(0, r));
        for (int i = 0; i < 1000; i++) {
            d.observe(new Transition(gaussian(r, mean), new float[1], 0, gaussian(r, mean), false, false));
        }
        d.update();
        return d;
    }

    private static TransitionBatch states(float[]... s) {
        FloatMatrix m = FloatMatrix.ofRows(s);
        return new TransitionBatch(new long[s.length], m, FloatMatrix.zeros(s.length, 1), new float[s.length], m,
                new boolean[s.length]);
    }

    @Test
    void discrepancyIsNearZeroForOneDistributionAndLargeForTwo() {
        double same = withLearnerAt(0, 1).diagnostics().get("mmd2");
        double apart = withLearnerAt(3, 1).diagnostics().get("mmd2");
        // two samples of 500 from one Gaussian: the V-statistic's bias is about 2 E[1 - k] / n, well under 0.01
        assertTrue(same < 0.01, "same distribution: " + same);
        // at distance 3 sqrt(2) with h = 1 the cross term nearly vanishes: MMD^2 ~ 2 E k(x, x') = 2 / 3
        assertTrue(apart > 0.5, "distributions apart: " + apart);
    }

    @Test
    void expertLikeStatesEarnMore() {
        MmdDivergence d = withLearnerAt(3, 2);
        float[] r = d.rewards(states(new float[] {0, 0}, new float[] {3, 3}));
        assertTrue(r[0] > 0 && r[1] < 0 && r[0] > r[1], r[0] + " vs " + r[1]);
    }

    @Test
    void stateRoundTrips(@TempDir Path dir) throws Exception {
        MmdDivergence d = withLearnerAt(1, 3);
        d.save(dir);
        MmdDivergence back = new MmdDivergence(SETTINGS, 2, 99);
        back.load(dir);
        TransitionBatch b = states(new float[] {0.5f, -0.2f});
        assertArrayEquals(d.rewards(b), back.rewards(b));
        assertEquals(d.diagnostics().get("bandwidth"), back.diagnostics().get("bandwidth"));
    }
}
