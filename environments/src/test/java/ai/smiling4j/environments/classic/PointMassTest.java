package ai.smiling4j.environments.classic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The point mass's physics against closed-form truth. */
class PointMassTest {
    private static final PointMass.Constants C = PointMass.Constants.DMC;

    @Test
    void approachesTheTerminalVelocityExponentially() {
        // m v' = F - b v from rest: v(t) = (F / b) (1 - exp(-b t / m)); F = 0.1 N, b = 1, m = 0.3 kg,
        // so at t = 0.3 s (15 steps) v = 0.1 (1 - 1/e) = 0.0632 m/s. Euler's error at dt = 10 ms is under 2%.
        PointMass mass = new PointMass(C);
        mass.set(-0.25, 0, 0, 0);
        for (int step = 0; step < 15; step++) {
            mass.advance(1, 0);
        }
        double expected = C.maxForce() / C.damping() * (1 - Math.exp(-C.damping() * 0.3 / C.mass()));
        assertEquals(expected, mass.vx(), 0.02 * expected);
        assertEquals(0, mass.vy());
        assertEquals(0, mass.y());
    }

    @Test
    void coastsToAStopOverTheDampingLength() {
        // Without force the velocity decays as exp(-b t / m), so the mass glides m v0 / b = 0.3 * 0.05 = 0.015 m;
        // semi-implicit Euler glides (1 - b dt / m) = 3.3% less.
        PointMass mass = new PointMass(C);
        mass.set(0, 0, 0.05, -0.05);
        for (int step = 0; step < 500; step++) {
            mass.advance(0, 0);
        }
        assertEquals(0.015, mass.x(), 0.015 * 0.04);
        assertEquals(-0.015, mass.y(), 0.015 * 0.04);
    }

    @Test
    void wallsStopTheMotionIntoThem() {
        PointMass mass = new PointMass(C);
        mass.set(0.2, -0.2, 0, 0);
        for (int step = 0; step < 300; step++) { // 6 s at up to 0.1 m/s: far enough to reach both walls
            mass.advance(1, -1);
        }
        assertEquals(C.wall(), mass.x());
        assertEquals(-C.wall(), mass.y());
        assertEquals(0, mass.vx());
        assertEquals(0, mass.vy());
    }
}
