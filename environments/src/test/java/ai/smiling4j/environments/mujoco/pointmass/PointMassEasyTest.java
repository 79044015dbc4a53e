package ai.smiling4j.environments.mujoco.pointmass;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointMassEasyTest {

    /** Proportional-derivative control toward the target at the origin. */
    private static float[] towardTarget(float[] obs) {
        return new float[] {clip(-20 * obs[0] - 2 * obs[2]), clip(-20 * obs[1] - 2 * obs[3])};
    }

    private static float clip(double u) {
        return (float) Math.max(-1, Math.min(1, u));
    }

    private static double episodeReturn(PointMassEasy env, long seed, UnaryOperator<float[]> policy) {
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
    void restingOnTheTargetItEarnsOneFarAwayNothing() {
        try (PointMassEasy env = new PointMassEasy(0, 1000)) {
            env.reset(0);
            PhysicsState.of(env, 2, 2).qpos(0, 0.005).qpos(1, -0.005).qvel(0, 0).qvel(1, 0).restoreInto(env);
            for (int t = 0; t < 100; t++) {
                assertEquals(1.0, env.step(new float[2]).reward());
            }
            PhysicsState.of(env, 2, 2).qpos(0, 0.25).qpos(1, 0.25).restoreInto(env);
            assertTrue(env.step(new float[2]).reward() < 1e-6);
        }
    }

    @Test
    void steeringToTheTargetEarnsFarMoreThanStandingStill() {
        try (PointMassEasy env = new PointMassEasy(0, 1000)) {
            for (long seed = 0; seed < 5; seed++) {
                double steered = episodeReturn(env, seed, PointMassEasyTest::towardTarget);
                double idle = episodeReturn(env, seed, obs -> new float[2]);
                assertTrue(steered > 800, "seed " + seed + ": steering earned " + steered);
                assertTrue(idle < steered / 2, "seed " + seed + ": standing still earned " + idle);
            }
        }
    }

    @Test
    void episodesStartAtRestAnywhereOnTheTableAndTheWallsHoldTheMass() {
        try (PointMassEasy env = new PointMassEasy(0, 1000)) {
            for (long seed = 0; seed < 20; seed++) {
                float[] obs = env.reset(seed);
                assertTrue(Math.abs(obs[0]) <= 0.29 && Math.abs(obs[1]) <= 0.29);
                assertEquals(0, obs[2]);
                assertEquals(0, obs[3]);
            }
            float[] obs = env.reset(0);
            for (int t = 0; t < 100; t++) {
                obs = env.step(new float[] {1, -1}).observation();
            }
            assertEquals(0.29, obs[0], 0.01);
            assertEquals(-0.29, obs[1], 0.01);
        }
    }
}
