package ai.smiling4j.environments.shared.reward;

import org.junit.jupiter.api.Test;

import java.nio.DoubleBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocomotionTest {

    @Test
    void smallControlRangesFromOneAtRestToFourFifthsAtTheMargin() {
        assertEquals(1, Locomotion.smallControl(DoubleBuffer.wrap(new double[] {0, 0}), 1));
        assertEquals(0.8, Locomotion.smallControl(DoubleBuffer.wrap(new double[] {-1, 30}), 1), 1e-12);
        assertEquals(0.9, Locomotion.smallControl(DoubleBuffer.wrap(new double[] {0, 10}), 10), 1e-12);
        assertEquals((4 + 0.75) / 5, Locomotion.smallControl(DoubleBuffer.wrap(new double[] {5}), 10), 1e-12);
    }

    @Test
    void moveRangesFromASixthAtRestToOneAtTheTargetSpeed() {
        assertEquals(1.0 / 6, Locomotion.move(0, 1), 1e-12);
        assertEquals(1.0 / 6, Locomotion.move(-2, 1), 1e-12);
        assertEquals(0.5 + 1.0 / 12, Locomotion.move(0.5, 1), 1e-12);
        assertEquals(1, Locomotion.move(3, 1));
    }

    @Test
    void uprightFallsLinearlyBelowItsBound() {
        assertEquals(1, Locomotion.upright(1, 0.9, 1.9));
        assertEquals(0.5, Locomotion.upright(-0.05, 0.9, 1.9), 1e-12);
        assertEquals(0, Locomotion.upright(-1, 0.9, 1.9));
    }
}
