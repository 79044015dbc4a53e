package ai.smiling4j.environments.mujoco.cheetah;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheetahRunTest {
    private static final int ROOT_X = 0;
    private static final int DOFS = 9;

    /** The cheetah upright in its reference pose, just above the ground, moving forward at {@code speed}. */
    private static CheetahRun movingAt(double speed) {
        CheetahRun env = new CheetahRun(0, 1000);
        env.reset(0);
        PhysicsState state = PhysicsState.of(env, DOFS, DOFS);
        for (int i = 0; i < DOFS; i++) {
            state.qpos(i, 0).qvel(i, 0);
        }
        state.qvel(ROOT_X, speed).restoreInto(env);
        return env;
    }

    @Test
    void runningAtTenMetresPerSecondEarnsAboutOneEveryStep() {
        try (CheetahRun env = movingAt(CheetahRun.RUN_SPEED)) {
            for (int t = 0; t < 3; t++) {
                StepResult r = env.step(new float[6]);
                assertEquals(1, r.reward(), 0.01, "step " + t);
                assertEquals(CheetahRun.RUN_SPEED, r.observation()[8], 0.1, "the first velocity is the root's x");
            }
        }
    }

    @Test
    void theRewardGrowsLinearlyWithSpeedFromZeroAtRest() {
        try (CheetahRun still = movingAt(0); CheetahRun half = movingAt(5); CheetahRun backwards = movingAt(-3)) {
            assertEquals(0, still.step(new float[6]).reward(), 0.01);
            assertEquals(0.5, half.step(new float[6]).reward(), 0.02);
            assertEquals(0, backwards.step(new float[6]).reward());
        }
    }

    @Test
    void episodesStartSettledAtTimeZero() {
        try (CheetahRun env = new CheetahRun(0, 1000)) {
            for (long seed = 0; seed < 5; seed++) {
                env.reset(seed);
                double[] state = env.physicsState();
                assertEquals(0, state[0]);
                for (int i = 0; i < DOFS; i++) {
                    assertTrue(Math.abs(state[2 + DOFS + i]) < 1, "velocity " + i + " after settling: " + state[2 + DOFS + i]);
                }
            }
        }
    }
}
