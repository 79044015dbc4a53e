package ai.smiling4j.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoiseScheduleTest {

    @Test
    void linearScheduleOfTheReference() {
        NoiseSchedule s = NoiseSchedule.linear(5000, 1e-4, 0.02);
        assertEquals(5000, s.steps());
        assertEquals(1e-4, s.beta(0), 1e-15);
        assertEquals(0.02, s.beta(4999), 1e-15);
        assertEquals(1e-4 + (0.02 - 1e-4) / 4999, s.beta(1), 1e-15);
        // abar_1 = (1 - beta_0)(1 - beta_1)
        assertEquals((1 - 1e-4) * (1 - s.beta(1)), s.alphaBar(1), 1e-15);
        // log abar_T = sum log(1 - beta_t) ~ -T * mean beta = -5000 * 0.01005 ~ -50.3: pure noise at the end
        assertTrue(s.alphaBar(4999) < 1e-20);
        assertEquals(1.0, s.signalScale(0) * s.signalScale(0) + s.noiseScale(0) * s.noiseScale(0), 1e-12);
    }

    @Test
    void cosineScheduleDecreasesToNearZero() {
        NoiseSchedule s = NoiseSchedule.cosine(1000);
        for (int t = 1; t < 1000; t++) {
            assertTrue(s.alphaBar(t) < s.alphaBar(t - 1));
        }
        assertTrue(s.alphaBar(999) < 1e-4);
        assertTrue(s.alphaBar(0) > 0.999);
    }

    @Test
    void rejectsBetasOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new NoiseSchedule(new double[] {0.5, 1.0}));
    }
}
