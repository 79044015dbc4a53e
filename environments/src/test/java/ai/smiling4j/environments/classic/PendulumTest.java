package ai.smiling4j.environments.classic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pendulum's physics against closed-form truth. */
class PendulumTest {
    private static final Pendulum.Constants UNDAMPED = new Pendulum.Constants(1.0, 0.5, 9.81, 0, 1.0, 0.02, 4);

    /** Kinetic plus potential energy, the height measured from the hinge: (1/2) m L^2 w^2 + m g L cos(theta). */
    private static double energy(Pendulum.Constants c, Pendulum p) {
        return 0.5 * c.inertia() * p.omega() * p.omega() + c.mass() * c.gravity() * c.length() * Math.cos(p.theta());
    }

    @Test
    void conservesEnergyWithoutDampingOrTorque() {
        // Released at rest 60 degrees from upright, it swings through the bottom at 7.7 rad/s.
        Pendulum pendulum = new Pendulum(UNDAMPED);
        pendulum.set(Math.toRadians(60), 0);
        double scale = UNDAMPED.mass() * UNDAMPED.gravity() * UNDAMPED.length(); // m g L = 4.905 J
        double initial = energy(UNDAMPED, pendulum);
        double worst = 0;
        double worstAtRest = 0;
        double previousOmega = 0;
        for (int step = 0; step < 500; step++) { // 10 s, several swings
            pendulum.advance(0);
            double error = Math.abs(energy(UNDAMPED, pendulum) - initial);
            worst = Math.max(worst, error);
            if (previousOmega * pendulum.omega() <= 0) {
                worstAtRest = Math.max(worstAtRest, error);
            }
            previousOmega = pendulum.omega();
        }
        // Symplectic Euler's energy error oscillates with amplitude of order (dt / 2) |w| m g L,
        // here at most 0.0025 s * 7.7 / s * 4.9 J = 0.09 J, and does not drift: at the turning points, where
        // w = 0, it stays far smaller.
        assertTrue(worst < 0.02 * scale, "energy strayed by " + worst + " J");
        assertTrue(worstAtRest < 0.002 * scale, "energy at the turning points strayed by " + worstAtRest + " J");
    }

    @Test
    void dampingDissipatesEnergy() {
        Pendulum pendulum = new Pendulum(Pendulum.Constants.DMC);
        pendulum.set(Math.toRadians(60), 0);
        double initial = energy(Pendulum.Constants.DMC, pendulum);
        for (int step = 0; step < 500; step++) {
            pendulum.advance(0);
        }
        assertTrue(energy(Pendulum.Constants.DMC, pendulum) < initial - 0.5);
    }

    @Test
    void smallSwingsHaveThePeriodOfTheSimplePendulum() {
        // T = 2 pi sqrt(L / g) = 2 pi sqrt(0.5 / 9.81) = 1.41848 s; an amplitude of 0.05 rad lengthens it
        // by a factor 1 + a^2 / 16 = 1.00016, inside the tolerance.
        double expected = 2 * Math.PI * Math.sqrt(UNDAMPED.length() / UNDAMPED.gravity());
        Pendulum pendulum = new Pendulum(UNDAMPED);
        pendulum.set(Math.PI + 0.05, 0);
        double dt = UNDAMPED.controlDt();
        double previous = deviation(pendulum);
        double firstCrossing = Double.NaN;
        double lastCrossing = Double.NaN;
        int crossings = 0;
        for (int step = 1; step <= 500; step++) {
            pendulum.advance(0);
            double current = deviation(pendulum);
            if (previous > 0 && current <= 0) { // downward crossings of the bottom, once per period
                double t = dt * (step - 1 + previous / (previous - current));
                if (crossings == 0) {
                    firstCrossing = t;
                }
                lastCrossing = t;
                crossings++;
            }
            previous = current;
        }
        double measured = (lastCrossing - firstCrossing) / (crossings - 1);
        assertTrue(crossings >= 6, "only " + crossings + " crossings");
        assertEquals(expected, measured, 1e-3 * expected);
    }

    /** Signed angle from hanging straight down. */
    private static double deviation(Pendulum pendulum) {
        return Math.IEEEremainder(pendulum.theta() - Math.PI, 2 * Math.PI);
    }
}
