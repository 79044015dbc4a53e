package ai.smiling4j.environments.classic;

import ai.smiling4j.environments.Rollouts;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointMassReachTest {

    @Test
    void specMatchesDeepMindControl() {
        PointMassReach env = new PointMassReach(0, 1000);
        assertEquals(4, env.spec().observationDim());
        assertEquals(2, env.spec().actionDim());
        assertEquals(PointMassReach.NAME, env.spec().name());
    }

    @Test
    void steeringToTheTargetEarnsFarMoreThanStandingStill() {
        PointMassReach env = new PointMassReach(0, 1000);
        double steered = 0;
        double idle = 0;
        int episodes = 10;
        for (long seed = 0; seed < episodes; seed++) {
            double ret = Rollouts.episodeReturn(env, seed, Rollouts::pointMassTowardOrigin);
            assertTrue(ret > 800, "seed " + seed + ": steering earned " + ret);
            steered += ret / episodes;
            idle += Rollouts.episodeReturn(env, seed, obs -> new float[2]) / episodes;
        }
        assertTrue(steered > 900, "steering earned " + steered + " on average");
        assertTrue(idle < 450, "standing still earned " + idle + " on average");
    }

    @Test
    void standingStillEarnsTheStartingRewardEveryStep() {
        // Without force the mass never moves, so each of the 1000 steps pays the start's reward.
        PointMassReach env = new PointMassReach(0, 1000);
        float[] start = env.reset(7);
        double distance = Math.hypot(start[0], start[1]);
        double perStep = Tolerance.tolerance(distance, 0, PointMassReach.TARGET_RADIUS, PointMassReach.REWARD_MARGIN,
                Sigmoid.GAUSSIAN);
        assertEquals(1000 * perStep, Rollouts.episodeReturn(env, 7, obs -> new float[2]), 1e-3);
    }
}
