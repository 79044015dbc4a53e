package ai.smiling4j.diffusion.samples;

import ai.smiling4j.api.DiffusionSamples;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffusionSamplerTest {

    @Test
    void iidDrawsOnTheGrid() {
        DiffusionSamples s = new DiffusionSampler(DiffusionSampler.Mode.IID, 500, 10, true)
                .draw(1024, 17, 5000, new SplittableRandom(1));
        assertTrue(s.shared());
        assertEquals(500, s.timesteps().length);
        for (int t : s.timesteps()) {
            assertTrue(t % 10 == 0 && t >= 0 && t <= 4990, "t = " + t);
        }
        double sum = 0;
        double squares = 0;
        for (float v : s.noise().data()) {
            sum += v;
            squares += v * v;
        }
        int n = s.noise().data().length;
        assertEquals(0, sum / n, 0.05);
        assertEquals(1, squares / n, 0.05);
    }

    @Test
    void stratifiedCoversTheGridWithAntitheticPairs() {
        DiffusionSamples s = new DiffusionSampler(DiffusionSampler.Mode.STRATIFIED, 7, 10, false)
                .draw(3, 2, 5000, new SplittableRandom(2));
        assertEquals(21, s.timesteps().length);
        for (int state = 0; state < 3; state++) {
            int first = state * 7;
            for (int j = 0; j < 4; j++) {
                int t = s.timesteps()[first + 2 * j];
                assertTrue(t >= j * 1250 && t < (j + 1) * 1250, "stratum " + j + " holds " + t);
                if (j < 3) {
                    assertEquals(t, s.timesteps()[first + 2 * j + 1]);
                    assertEquals(s.noise().get(first + 2 * j, 1), -s.noise().get(first + 2 * j + 1, 1));
                }
            }
        }
    }

    @Test
    void sameStreamSamePairs() {
        DiffusionSampler sampler = new DiffusionSampler(DiffusionSampler.Mode.IID, 5, 1, false);
        assertEquals(sampler.draw(4, 3, 100, new SplittableRandom(9)).noise(),
                sampler.draw(4, 3, 100, new SplittableRandom(9)).noise());
        assertThrows(IllegalArgumentException.class, () -> new DiffusionSampler(DiffusionSampler.Mode.IID, 0, 1, true));
    }
}
