package ai.smiling4j.environments.classic;

import ai.smiling4j.api.StepResult;
import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

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
            return clip(-(20 * Math.atan2(sin, cos) + 4 * omega));
        }
        double energy = 0.5 * c.inertia() * omega * omega + mgl * cos;
        return clip(10 * omega * (1.02 * mgl - energy));
    }

    private static float clip(double u) {
        return (float) Math.max(-1, Math.min(1, u));
    }

    private static double episodeReturn(PendulumSwingup env, long seed, ToDoubleFunction<float[]> policy) {
        float[] obs = env.reset(seed);
        double total = 0;
        StepResult r;
        do {
            r = env.step(new float[]{(float) policy.applyAsDouble(obs)});
            obs = r.observation();
            total += r.reward();
        } while (!r.done());
        return total;
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
        PendulumSwingup env = new PendulumSwingup(0, 1000);
        for (long seed = 0; seed < 5; seed++) {
            double pumped = episodeReturn(env, seed, PendulumSwingupTest::swingUp);
            double idle = episodeReturn(env, seed, obs -> 0);
            assertTrue(pumped > 600, "seed " + seed + ": swing-up earned " + pumped);
            assertEquals(0, idle, "seed " + seed + ": zero torque earned " + idle);
        }
    }
}
