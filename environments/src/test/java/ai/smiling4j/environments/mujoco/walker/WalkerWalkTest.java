package ai.smiling4j.environments.mujoco.walker;

import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WalkerWalkTest {
    private static final int ROOT_Z = 0;
    private static final int ROOT_X = 1;
    private static final int ROOT_PITCH = 2;
    private static final int DOFS = 9;
    private static final double STANDING_HEIGHT = 1.31;

    /** The walker in its reference pose, its torso lowered by {@code drop} and pitched by {@code pitch}, moving forward. */
    private static WalkerWalk posed(double drop, double pitch, double speed) {
        WalkerWalk env = new WalkerWalk(0, 1000);
        env.reset(0);
        PhysicsState state = PhysicsState.of(env, DOFS, DOFS);
        for (int i = 0; i < DOFS; i++) {
            state.qpos(i, 0).qvel(i, 0);
        }
        state.qpos(ROOT_Z, -drop).qpos(ROOT_PITCH, pitch).qvel(ROOT_X, speed).restoreInto(env);
        return env;
    }

    private static double reward(WalkerWalk env) {
        return env.step(new float[6]).reward();
    }

    @Test
    void walkingUprightAtOneMetrePerSecondEarnsAboutOne() {
        try (WalkerWalk env = posed(0, 0, WalkerWalk.WALK_SPEED)) {
            assertEquals(1, reward(env), 0.02);
        }
    }

    @Test
    void standingStillEarnsOnlyTheStandTermOverSix() {
        try (WalkerWalk env = posed(0, 0, 0)) {
            assertEquals(1.0 / 6, reward(env), 0.01);
        }
    }

    @Test
    void aFallenWalkerEarnsLittleEvenWhenMoving() {
        try (WalkerWalk lying = posed(STANDING_HEIGHT - 0.08, -Math.PI / 2, WalkerWalk.WALK_SPEED);
             WalkerWalk upsideDown = posed(STANDING_HEIGHT - 0.38, Math.PI, WalkerWalk.WALK_SPEED)) {
            assertTrue(reward(lying) < 0.15);
            assertTrue(reward(upsideDown) < 0.02);
        }
    }

    @Test
    void theObservationHoldsOrientationsHeightAndVelocities() {
        try (WalkerWalk env = posed(0, 0, WalkerWalk.WALK_SPEED)) {
            float[] obs = env.step(new float[6]).observation();
            for (int b = 0; b < 7; b++) {
                assertEquals(1, obs[2 * b], 1e-2, "x axis of body " + b + " points along x");
                assertEquals(0, obs[2 * b + 1], 1e-2);
            }
            assertEquals(STANDING_HEIGHT, obs[14], 0.01);
            assertEquals(WalkerWalk.WALK_SPEED, obs[15 + ROOT_X], 0.05);
        }
    }
}
