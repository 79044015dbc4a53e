package ai.smiling4j.environments.mujoco.ballincup;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallInCupCatchTest {
    private static final int CUP_X = 0;
    private static final int CUP_Z = 1;
    private static final int BALL_X = 2;
    private static final int BALL_Z = 3;
    /** The cup on its lowest position; the ball's joint is 0.3 m below the cup's. */
    private static final double CUP_LOW = -0.3;
    private static final double BALL_OFFSET = -0.3;
    private static final double STRING = 0.3;

    /** The cup resting on its lowest position, the ball at rest at {@code (x, z)} in the world. */
    private static BallInCupCatch ballAt(double x, double z) {
        BallInCupCatch env = new BallInCupCatch(0, 1000);
        env.reset(0);
        PhysicsState state = PhysicsState.of(env, 4, 4).qpos(CUP_X, 0).qpos(CUP_Z, CUP_LOW)
                .qpos(BALL_X, x).qpos(BALL_Z, z - BALL_OFFSET);
        for (int i = 0; i < 4; i++) {
            state.qvel(i, 0);
        }
        state.restoreInto(env);
        return env;
    }

    @Test
    void withTheBallInTheCupItEarnsOneEveryStep() {
        try (BallInCupCatch env = ballAt(0, CUP_LOW + 0.036)) {
            for (int t = 0; t < 200; t++) {
                assertEquals(1.0, env.step(new float[2]).reward(), "step " + t);
            }
        }
    }

    @Test
    void aBallDroppedIntoTheCupIsCaughtOneHangingOrBesideItIsNot() {
        try (BallInCupCatch dropped = ballAt(0, CUP_LOW + 0.2)) {
            assertEquals(0.0, dropped.step(new float[2]).reward());
            double last = 0;
            for (int t = 0; t < 100; t++) {
                last = dropped.step(new float[2]).reward();
            }
            assertEquals(1.0, last, "the ball was not caught");
        }
        try (BallInCupCatch hanging = ballAt(0, CUP_LOW - 0.3)) {
            for (int t = 0; t < 100; t++) {
                assertEquals(0.0, hanging.step(new float[2]).reward());
            }
        }
        try (BallInCupCatch beside = ballAt(0.12, CUP_LOW + 0.036)) {
            assertEquals(0.0, beside.step(new float[2]).reward());
        }
    }

    /** The string is a soft limit: jerked about, it stretches by a few centimetres at most. */
    @Test
    void theStringHoldsTheBallWithinItsLength() {
        try (BallInCupCatch env = ballAt(0.25, CUP_LOW + 0.1)) {
            double longest = 0;
            for (int t = 0; t < 300; t++) {
                float[] obs = env.step(new float[] {t % 50 < 25 ? 1 : -1, 1}).observation();
                double dx = obs[BALL_X] - obs[CUP_X];
                double dz = obs[BALL_Z] + BALL_OFFSET - (obs[CUP_Z] - 0.01);
                longest = Math.max(longest, Math.hypot(dx, dz));
            }
            assertTrue(longest > STRING - 0.01 && longest < STRING + 0.04, "the ball went " + longest + " m away");
        }
    }

    @Test
    void episodesStartAtRestWithTheBallClearOfTheCupAndWithinTheString() {
        try (BallInCupCatch env = new BallInCupCatch(0, 1000)) {
            for (long seed = 0; seed < 30; seed++) {
                float[] obs = env.reset(seed);
                assertEquals(0, obs[CUP_X]);
                assertEquals(0, obs[CUP_Z]);
                assertTrue(Math.abs(obs[BALL_X]) <= 0.2 && obs[BALL_Z] >= 0.2 && obs[BALL_Z] <= 0.5);
                for (int i = 4; i < 8; i++) {
                    assertEquals(0, obs[i]);
                }
                assertTrue(Math.hypot(obs[BALL_X], obs[BALL_Z] + BALL_OFFSET + 0.01) <= STRING);
            }
        }
    }

    @Test
    void theObservationIsPositionsThenVelocities() {
        try (BallInCupCatch env = ballAt(0.1, CUP_LOW + 0.1)) {
            StepResult r = null;
            for (int t = 0; t < 5; t++) {
                r = env.step(new float[] {1, 1});
            }
            double[] state = env.physicsState();
            for (int i = 0; i < 8; i++) {
                assertEquals(state[2 + i], r.observation()[i], 1e-5);
            }
        }
    }
}
