package ai.smiling4j.environments.classic;

import ai.smiling4j.environments.Rollouts;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendulumSwingupTest {

    /**
     * Energy pumping then balancing: far from upright, torque in the direction of motion while the
     * energy is below that of resting upright (m g L), against it above; near upright, a PD law.
     */
    private static float swingUp(float[] obs) {
        double cos = obs[0];
        double sin = obs[1];
        double omega = obs[2];
        Pendulum.Constants c = Pendulum.Constants.DMC;
        double mgl = c.mass() * c.gravity() * c.length();
        if (cos > Math.cos(Math.toRadians(15))) {
            return Rollouts.clip(-(20 * Math.atan2(sin, cos) + 4 * omega));
        }
        double energy = 0.5 * c.inertia() * omega * omega + mgl * cos;
        return Rollouts.clip(10 * omega * (1.02 * mgl - energy));
    }

    @Test
    void specMatchesDeepMindControl() {
        PendulumSwingup env = new PendulumSwingup(0, 1000);
        assertEquals(3, env.spec().observationDim());
        assertEquals(1, env.spec().actionDim());
        assertEquals(1000, env.spec().maxEpisodeSteps());
        assertEquals(PendulumSwingup.NAME, env.spec().name());
    }

    @Test
    void energyPumpingSwingsUpAndZeroTorqueDoesNot() {
        // without torque a start inside the 30-degree cone earns only until the pendulum falls out
        // of it, about ln(0.52 / theta0) / sqrt(g / L) s: under 2 s (100 steps) unless theta0 < 1e-3 rad
        PendulumSwingup env = new PendulumSwingup(0, 1000);
        for (long seed = 0; seed < 5; seed++) {
            double pumped = Rollouts.episodeReturn(env, seed, obs -> new float[] {swingUp(obs)});
            double idle = Rollouts.episodeReturn(env, seed, obs -> new float[1]);
            assertTrue(pumped > 600, "seed " + seed + ": swing-up earned " + pumped);
            assertTrue(idle < 100, "seed " + seed + ": zero torque earned " + idle);
        }
    }
}
