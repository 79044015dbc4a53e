package ai.smiling4j.environments.mujoco.h1.pole;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.h1.H1Pose;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H1PoleTest {
    private static final float[] NO_TORQUE = new float[19];
    private static final double STANDING_PELVIS = 0.964;

    /** The robot standing upright at {@code (x, 0)}, moving forward at {@code speed}. */
    private static H1Pole standingAt(double x, double speed) {
        H1Pole env = new H1Pole(0, 1000);
        H1Pose.movingForward(H1Pose.placed(H1Pose.standing(env), x, 0, STANDING_PELVIS), speed).restoreInto(env);
        return env;
    }

    @Test
    void walkingUprightClearOfThePolesEarnsAboutOne() {
        try (H1Pole env = standingAt(0, 1)) {
            assertEquals(1, env.step(NO_TORQUE).reward(), 0.02);
            assertFalse(env.touchingAPole());
        }
    }

    @Test
    void standingStillEarnsOnlyTheStandingHalfAndASixthOfTheOther() {
        try (H1Pole env = standingAt(0, 0)) {
            assertEquals(0.5 + 0.5 / 6, env.step(NO_TORQUE).reward(), 0.02);
        }
    }

    @Test
    void touchingAPoleCutsTheRewardToATenth() {
        try (H1Pole clear = standingAt(1.7, H1Pole.WALK_SPEED); H1Pole touching = standingAt(1.9, H1Pole.WALK_SPEED)) {
            double free = clear.step(NO_TORQUE).reward();
            double hit = touching.step(NO_TORQUE).reward();
            assertTrue(touching.touchingAPole());
            assertTrue(free > 0.9, "clear of the poles: " + free);
            assertTrue(hit <= H1Pole.COLLISION_DISCOUNT, "against a pole: " + hit);
        }
    }

    /**
     * The model is controllable at the task's rate: a stiff joint-space hold of the start pose,
     * acting every 0.02 s, keeps the robot up for 5 s (the ankles, weak, get their own gains).
     */
    @Test
    void aJointHoldAtTheControlRateKeepsTheRobotStanding() {
        try (H1Pole env = new H1Pole(0, 1000)) {
            float[] obs = env.reset(0);
            float[] target = Arrays.copyOfRange(obs, 5, 24);
            for (int t = 0; t < 250; t++) {
                float[] action = new float[19];
                for (int j = 0; j < 19; j++) {
                    boolean ankle = j == 4 || j == 9;
                    action[j] = (ankle ? 20 : 5) * (target[j] - obs[5 + j]) - (ankle ? 0.5f : 0.05f) * obs[30 + j];
                }
                StepResult r = env.step(action);
                assertFalse(r.terminated(), "fell at step " + t);
                assertTrue(r.reward() > 0.5, "step " + t + ": " + r.reward());
                obs = r.observation();
            }
            assertEquals(0.96, obs[0], 0.02, "pelvis height");
        }
    }

    @Test
    void aFallEndsTheEpisode() {
        try (H1Pole env = new H1Pole(0, 1000)) {
            H1Pose.pitched(H1Pose.placed(H1Pose.standing(env), 0, 0, 0.2), -Math.PI / 2).restoreInto(env);
            assertTrue(env.step(NO_TORQUE).terminated());
        }
    }
}
