package ai.smiling4j.environments.mujoco.cartpole;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartpoleSwingupTest {
    private static final int SLIDER = 0;
    private static final int HINGE = 1;

    private static CartpoleSwingup at(double cart, double angle) {
        CartpoleSwingup env = new CartpoleSwingup(0, 1000);
        env.reset(0);
        PhysicsState.of(env, 2, 2).qpos(SLIDER, cart).qpos(HINGE, angle).qvel(SLIDER, 0).qvel(HINGE, 0)
                .restoreInto(env);
        return env;
    }

    @Test
    void uprightCentredAndStillItEarnsOneEveryStep() {
        try (CartpoleSwingup env = at(0, 0)) {
            for (int t = 0; t < 300; t++) {
                StepResult r = env.step(new float[1]);
                assertEquals(1.0, r.reward(), 1e-9);
                assertEquals(1.0, r.observation()[1], 1e-9);
            }
        }
    }

    @Test
    void hangingItEarnsNothingAndOffCentreOrPushingItEarnsLess() {
        try (CartpoleSwingup hanging = at(0, Math.PI)) {
            assertEquals(0.0, hanging.step(new float[1]).reward(), 1e-9);
        }
        try (CartpoleSwingup offCentre = at(1.5, 0)) {
            double expected = (1 + Math.pow(0.1, (1.5 / 2) * (1.5 / 2))) / 2;
            assertEquals(expected, offCentre.step(new float[1]).reward(), 1e-6);
        }
        try (CartpoleSwingup pushing = at(0, 0)) {
            assertEquals(0.8, pushing.step(new float[] {1}).reward(), 1e-3);
        }
    }

    @Test
    void theObservationIsCartPositionPoleAngleAndVelocities() {
        try (CartpoleSwingup env = at(0.2, 0.4)) {
            float[] obs = null;
            for (int t = 0; t < 10; t++) {
                obs = env.step(new float[] {1}).observation();
            }
            double[] state = env.physicsState();
            assertEquals(state[2], obs[0], 1e-6);
            assertEquals(Math.cos(state[3]), obs[1], 1e-6);
            assertEquals(Math.sin(state[3]), obs[2], 1e-6);
            assertEquals(state[4], obs[3], 1e-5);
            assertEquals(state[5], obs[4], 1e-5);
            assertTrue(obs[3] > 0, "pushing right moves the cart right");
        }
    }

    @Test
    void episodesStartNearHangingAtRest() {
        try (CartpoleSwingup env = new CartpoleSwingup(0, 1000)) {
            for (long seed = 0; seed < 20; seed++) {
                float[] obs = env.reset(seed);
                assertEquals(0, obs[0], 0.05);
                assertEquals(-1, obs[1], 1e-3);
                assertEquals(0, obs[3], 0.05);
                assertEquals(0, obs[4], 0.05);
            }
        }
    }
}
