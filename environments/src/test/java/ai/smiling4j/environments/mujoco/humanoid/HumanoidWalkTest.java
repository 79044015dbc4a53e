package ai.smiling4j.environments.mujoco.humanoid;

import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HumanoidWalkTest {
    private static final int NQ = 28;
    private static final int NV = 27;
    private static final double TORSO_HEIGHT = 1.35;

    /**
     * The humanoid in its reference pose with its torso at {@code height}, turned by {@code pitch}
     * about y, moving along x at {@code speed}.
     */
    private static HumanoidWalk posed(double height, double pitch, double speed) {
        HumanoidWalk env = new HumanoidWalk(0, 1000);
        env.reset(0);
        PhysicsState state = PhysicsState.of(env, NQ, NV);
        for (int i = 0; i < NQ; i++) {
            state.qpos(i, 0);
        }
        for (int i = 0; i < NV; i++) {
            state.qvel(i, 0);
        }
        state.qpos(2, height).qpos(3, Math.cos(pitch / 2)).qpos(5, Math.sin(pitch / 2)).qvel(0, speed).restoreInto(env);
        return env;
    }

    @Test
    void walkingUprightAtOneMetrePerSecondEarnsAboutOne() {
        try (HumanoidWalk env = posed(TORSO_HEIGHT, 0, HumanoidWalk.WALK_SPEED)) {
            assertEquals(1, env.step(new float[21]).reward(), 0.03);
        }
    }

    @Test
    void standingStillEarnsAboutASixth() {
        try (HumanoidWalk env = posed(TORSO_HEIGHT, 0, 0)) {
            assertEquals(1.0 / 6, env.step(new float[21]).reward(), 0.01);
        }
    }

    @Test
    void aFallenHumanoidEarnsNearlyNothingEvenWhenMoving() {
        try (HumanoidWalk env = posed(0.1, -Math.PI / 2, HumanoidWalk.WALK_SPEED)) {
            assertTrue(env.step(new float[21]).reward() < 0.01);
        }
    }

    @Test
    void theObservationPlacesHeadExtremitiesAndTorsoAxis() {
        try (HumanoidWalk env = posed(TORSO_HEIGHT, 0, HumanoidWalk.WALK_SPEED)) {
            float[] obs = env.step(new float[21]).observation();
            assertEquals(1.57, obs[21], 0.01, "head height");
            assertTrue(obs[22 + 1] > 0.1 && obs[22 + 2] < -0.4, "left hand: left of and below the chest");
            assertTrue(obs[25 + 1] > 0.05 && obs[25 + 2] < -1.1, "left foot: left of and far below the chest");
            assertTrue(obs[28 + 1] < -0.1 && obs[31 + 1] < -0.05, "right hand and foot: to the right");
            assertEquals(1, obs[36], 1e-3, "torso z axis points up");
            assertEquals(HumanoidWalk.WALK_SPEED, obs[37], 0.05, "centre-of-mass velocity");
            assertEquals(HumanoidWalk.WALK_SPEED, obs[40], 0.05, "root velocity");
        }
    }

    @Test
    void episodesStartClearOfTheFloorAtRest() {
        try (HumanoidWalk env = new HumanoidWalk(0, 1000)) {
            for (long seed = 0; seed < 5; seed++) {
                float[] obs = env.reset(seed);
                for (int i = 40; i < 67; i++) {
                    assertEquals(0, obs[i]);
                }
            }
        }
    }
}
