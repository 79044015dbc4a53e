package ai.smiling4j.environments.shared.reward;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static ai.smiling4j.environments.shared.reward.Tolerance.tolerance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToleranceTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest
    @EnumSource(Sigmoid.class)
    void isOneInsideTheBoundsIncludingThem(Sigmoid sigmoid) {
        assertEquals(1, tolerance(0.0, 0, 1, 2, sigmoid));
        assertEquals(1, tolerance(0.5, 0, 1, 2, sigmoid));
        assertEquals(1, tolerance(1.0, 0, 1, 2, sigmoid));
    }

    @ParameterizedTest
    @EnumSource(Sigmoid.class)
    void equalsTheValueAtMarginExactlyOneMarginAway(Sigmoid sigmoid) {
        // above the upper bound and below the lower bound alike
        assertEquals(0.1, tolerance(3.0, 0, 1, 2, sigmoid), EPS);
        assertEquals(0.1, tolerance(-2.0, 0, 1, 2, sigmoid), EPS);
        assertEquals(0.3, tolerance(1.5, 0, 1, 0.5, sigmoid, 0.3), EPS);
    }

    @ParameterizedTest
    @EnumSource(Sigmoid.class)
    void fallsMonotonicallyWithinZeroAndOne(Sigmoid sigmoid) {
        double previous = 1;
        for (int i = 1; i <= 40; i++) {
            double value = tolerance(1 + 0.1 * i, 0, 1, 1, sigmoid);
            assertTrue(value <= previous && value >= 0, sigmoid + " at distance " + 0.1 * i + ": " + value);
            previous = value;
        }
    }

    @Test
    void aZeroMarginIsAStep() {
        assertEquals(1, tolerance(0.9, 0.9, 1, 0, Sigmoid.GAUSSIAN));
        assertEquals(0, tolerance(0.8999, 0.9, 1, 0, Sigmoid.GAUSSIAN));
        assertEquals(0, tolerance(1.0001, 0.9, 1, 0, Sigmoid.LONG_TAIL));
    }

    // Below: bounds [0, 1], margin 2, x = 2, so the normalized distance is d = (2 - 1) / 2 = 0.5.

    @Test
    void gaussian() {
        // s^2 = -2 ln 0.1; f = exp(-0.5 * 0.25 * s^2) = exp(0.25 ln 0.1) = 0.1^0.25 = 0.5623413251903491
        assertEquals(0.5623413251903491, tolerance(2, 0, 1, 2, Sigmoid.GAUSSIAN), EPS);
    }

    @Test
    void hyperbolic() {
        // v = 0.5: s = acosh(2); f = 1 / cosh(acosh(2) / 2) = 1 / sqrt((2 + 1) / 2) = 1 / sqrt(1.5) = 0.8164965809277260
        assertEquals(0.8164965809277260, tolerance(2, 0, 1, 2, Sigmoid.HYPERBOLIC, 0.5), EPS);
    }

    @Test
    void longTail() {
        // s^2 = 1 / 0.1 - 1 = 9; f = 1 / (0.25 * 9 + 1) = 1 / 3.25 = 0.3076923076923077
        assertEquals(0.3076923076923077, tolerance(2, 0, 1, 2, Sigmoid.LONG_TAIL), EPS);
    }

    @Test
    void reciprocal() {
        // s = 1 / 0.1 - 1 = 9; f = 1 / (0.5 * 9 + 1) = 1 / 5.5 = 0.18181818181818182
        assertEquals(0.18181818181818182, tolerance(2, 0, 1, 2, Sigmoid.RECIPROCAL), EPS);
    }

    @Test
    void cosine() {
        // v = 0.5: s = acos(0) / pi = 0.5; x s = 0.25; f = (1 + cos(pi / 4)) / 2 = (1 + 0.7071067811865476) / 2
        assertEquals(0.8535533905932738, tolerance(2, 0, 1, 2, Sigmoid.COSINE, 0.5), EPS);
        // v = 0: s = acos(-1) / pi = 1; at d = 1 the argument reaches 1, so the value is 0
        assertEquals(0, tolerance(3, 0, 1, 2, Sigmoid.COSINE, 0));
    }

    @Test
    void linear() {
        // s = 1 - 0.1 = 0.9; f = 1 - 0.5 * 0.9 = 0.55
        assertEquals(0.55, tolerance(2, 0, 1, 2, Sigmoid.LINEAR), EPS);
        // d = 2: x s = 1.8 >= 1, so 0
        assertEquals(0, tolerance(5, 0, 1, 2, Sigmoid.LINEAR));
    }

    @Test
    void quadratic() {
        // s^2 = 1 - 0.1 = 0.9; f = 1 - 0.25 * 0.9 = 0.775
        assertEquals(0.775, tolerance(2, 0, 1, 2, Sigmoid.QUADRATIC), EPS);
        // d = 2: (x s)^2 = 3.6 >= 1, so 0
        assertEquals(0, tolerance(5, 0, 1, 2, Sigmoid.QUADRATIC));
    }

    @Test
    void tanhSquared() {
        // v = 0.75: s = atanh(sqrt(0.25)) = atanh(0.5); at d = 2, tanh(2 atanh(0.5)) = 2 * 0.5 / (1 + 0.25) = 0.8,
        // so f = 1 - 0.64 = 0.36
        assertEquals(0.36, tolerance(5, 0, 1, 2, Sigmoid.TANH_SQUARED, 0.75), EPS);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> tolerance(0, 1, 0, 1, Sigmoid.GAUSSIAN));
        assertThrows(IllegalArgumentException.class, () -> tolerance(0, 0, 1, -1, Sigmoid.GAUSSIAN));
        assertThrows(IllegalArgumentException.class, () -> tolerance(0, 0, 1, Double.NaN, Sigmoid.GAUSSIAN));
        assertThrows(IllegalArgumentException.class, () -> tolerance(0, 0, 1, Double.POSITIVE_INFINITY, Sigmoid.GAUSSIAN));
        assertThrows(IllegalArgumentException.class, () -> tolerance(Double.NaN, 0, 1, 1, Sigmoid.GAUSSIAN));
        assertThrows(IllegalArgumentException.class, () -> tolerance(0, Double.NaN, 1, 1, Sigmoid.GAUSSIAN));
        assertThrows(IllegalArgumentException.class, () -> tolerance(2, 0, 1, 1, Sigmoid.GAUSSIAN, 0));
        assertThrows(IllegalArgumentException.class, () -> tolerance(2, 0, 1, 1, Sigmoid.LINEAR, 1));
        assertThrows(IllegalArgumentException.class, () -> tolerance(2, 0, 1, 1, Sigmoid.QUADRATIC, -0.1));
    }
}
