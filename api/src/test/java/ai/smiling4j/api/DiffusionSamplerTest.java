package ai.smiling4j.api;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffusionSamplerTest {

    @Test
    void stratifiedVisitsEveryGridValueOnceWhenKEqualsTheGrid() {
        DiffusionSampler s = new DiffusionSampler(500, 5000, 10, true, false);
        DiffusionSamples d = s.shared(3, new SplittableRandom(1));
        boolean[] seen = new boolean[500];
        for (int t : d.timesteps()) {
            assertEquals(0, t % 10);
            assertTrue(t >= 0 && t < 5000);
            seen[t / 10] = true;
        }
        for (boolean b : seen) {
            assertTrue(b);
        }
        assertTrue(d.shared());
    }

    @Test
    void antitheticNoiseComesInMirroredPairs() {
        DiffusionSamples d = new DiffusionSampler(4, 100, 1, false, true).perState(3, 2, new SplittableRandom(2));
        assertEquals(12, d.noise().rows());
        for (int r = 0; r < 12; r += 2) {
            assertEquals(d.timesteps()[r], d.timesteps()[r + 1]);
            assertEquals(d.noise().get(r, 0), -d.noise().get(r + 1, 0));
            assertEquals(d.noise().get(r, 1), -d.noise().get(r + 1, 1));
        }
        assertThrows(IllegalArgumentException.class, () -> new DiffusionSampler(3, 100, 1, false, true));
    }

    @Test
    void iidNoiseIsStandardGaussian() {
        DiffusionSamples d = new DiffusionSampler(20_000, 5000, 10, false, false).shared(1, new SplittableRandom(3));
        double sum = 0;
        double sq = 0;
        for (float v : d.noise().data()) {
            sum += v;
            sq += v * v;
        }
        double mean = sum / 20_000;
        // standard errors: mean 1/sqrt(n) = 0.007, variance sqrt(2/n) = 0.01; 4 sigma bounds
        assertEquals(0, mean, 0.03);
        assertEquals(1, sq / 20_000 - mean * mean, 0.04);
    }
}
