package ai.smiling4j.environments.mujoco.pointmass;

import ai.smiling4j.environments.Rollouts;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointMassEasyTest {

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
                double steered = Rollouts.episodeReturn(env, seed, Rollouts::pointMassTowardOrigin);
                double idle = Rollouts.episodeReturn(env, seed, obs -> new float[2]);
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
