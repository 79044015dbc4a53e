package ai.smiling4j.environments.mujoco.hopper;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HopperStandTest {
    private static final int ROOT_Z = 1;
    private static final int ROOT_PITCH = 2;
    private static final int DOFS = 7;

    /** The hopper in its straight reference pose, its torso lowered by {@code drop} and pitched by {@code pitch}. */
    private static HopperStand posed(double drop, double pitch) {
        HopperStand env = new HopperStand(0, 1000);
        env.reset(0);
        PhysicsState state = PhysicsState.of(env, DOFS, DOFS);
        for (int i = 0; i < DOFS; i++) {
            state.qpos(i, 0).qvel(i, 0);
        }
        state.qpos(ROOT_Z, -drop).qpos(ROOT_PITCH, pitch).restoreInto(env);
        return env;
    }

    @Test
    void standingStraightWithoutEffortEarnsOneAndFeelsTheGround() {
        try (HopperStand env = posed(0, 0)) {
            StepResult r = null;
            for (int t = 0; t < 10; t++) {
                r = env.step(new float[4]);
                assertEquals(1, r.reward(), 1e-9, "step " + t);
            }
            assertTrue(r.observation()[13] + r.observation()[14] > 0, "no touch sensed");
        }
    }

    @Test
    void effortCostsAtMostAFifth() {
        try (HopperStand env = posed(0, 0)) {
            assertEquals(0.8, env.step(new float[] {1, -1, 1, -1}).reward(), 1e-9);
        }
    }

    @Test
    void aHopperLyingOnTheGroundEarnsNothing() {
        try (HopperStand env = posed(0.9, -Math.PI / 2)) {
            assertEquals(0, env.step(new float[4]).reward());
        }
    }
}
