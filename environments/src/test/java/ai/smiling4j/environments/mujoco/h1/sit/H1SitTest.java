package ai.smiling4j.environments.mujoco.h1.sit;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.h1.H1Pose;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H1SitTest {
    private static final double SEAT_X = -0.45;
    private static final float[] NO_TORQUE = new float[19];

    @Test
    void sittingOnTheSeatEarnsMuchMoreThanStandingAtTheStart() {
        try (H1Sit seated = new H1Sit(0, 1000); H1Sit standing = new H1Sit(0, 1000)) {
            H1Pose.legs(H1Pose.placed(H1Pose.standing(seated), SEAT_X, 0, 0.70), -Math.PI / 2, Math.PI / 2, 0)
                    .restoreInto(seated);
            StepResult sat = seated.step(NO_TORQUE);
            assertTrue(sat.reward() > 0.8, "seated: " + sat.reward());
            assertFalse(sat.terminated());
            standing.reset(0);
            assertTrue(standing.step(NO_TORQUE).reward() < 0.05);
        }
    }

    @Test
    void standingFarFromTheChairEarnsAlmostNothing() {
        try (H1Sit env = new H1Sit(0, 1000)) {
            H1Pose.placed(H1Pose.standing(env), 3, 0, 0.964).restoreInto(env);
            assertTrue(env.step(NO_TORQUE).reward() < 0.02);
        }
    }

    @Test
    void theObservationEndsWithTheSeatSeenFromThePelvis() {
        try (H1Sit env = new H1Sit(0, 1000)) {
            float[] obs = env.reset(0);
            assertEquals(0.964, obs[0], 1e-6, "pelvis height");
            assertEquals(1, obs[1], 1e-6, "pelvis quaternion w");
            assertEquals(SEAT_X, obs[49], 1e-6);
            assertEquals(0, obs[50], 1e-6);
        }
    }

    @Test
    void aFallEndsTheEpisode() {
        try (H1Sit env = new H1Sit(0, 1000)) {
            H1Pose.pitched(H1Pose.placed(H1Pose.standing(env), 1, 0, 0.2), -Math.PI / 2).restoreInto(env);
            StepResult r = env.step(NO_TORQUE);
            assertTrue(r.terminated());
            assertFalse(r.truncated());
        }
    }
}
