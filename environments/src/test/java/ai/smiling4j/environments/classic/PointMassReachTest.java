package ai.smiling4j.environments.classic;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointMassReachTest {

    /** Proportional-derivative control toward the origin. */
    private static float[] towardTarget(float[] obs) {
        return new float[]{clip(-20 * obs[0] - 2 * obs[2]), clip(-20 * obs[1] - 2 * obs[3])};
    }

    private static float clip(double u) {
        return (float) Math.max(-1, Math.min(1, u));
    }

    private static double episodeReturn(PointMassReach env, long seed, UnaryOperator<float[]> policy) {
        float[] obs = env.reset(seed);
        double total = 0;
        StepResult r;
        do {
            r = env.step(policy.apply(obs));
            obs = r.observation();
            total += r.reward();
        } while (!r.done());
        return total;
    }

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
            double ret = episodeReturn(env, seed, PointMassReachTest::towardTarget);
            assertTrue(ret > 800, "seed " + seed + ": steering earned " + ret);
            steered += ret / episodes;
            idle += episodeReturn(env, seed, obs -> new float[2]) / episodes;
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
        assertEquals(1000 * perStep, episodeReturn(env, 7, obs -> new float[2]), 1e-3);
    }
}
