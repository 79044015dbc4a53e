package ai.smiling4j.environments.mujoco.reacher;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReacherEasyTest {
    private static final double UPPER_ARM = 0.12;
    private static final double HAND = 0.10;

    /** The arm stretched out along x at rest, the target at {@code (x, y)}. */
    private static ReacherEasy stretchedWithTargetAt(double x, double y) {
        ReacherEasy env = new ReacherEasy(0, 1000);
        env.reset(0);
        PhysicsState.of(env, 2, 2).qpos(0, 0).qpos(1, 0).qvel(0, 0).qvel(1, 0)
                .mocapPos(0, 0, x).mocapPos(0, 1, y).restoreInto(env);
        return env;
    }

    /** Joint-space proportional-derivative control toward the angles that put the fingertip on the target. */
    private static float[] reach(float[] obs) {
        double q1 = obs[0];
        double q2 = obs[1];
        double fingerX = UPPER_ARM * Math.cos(q1) + HAND * Math.cos(q1 + q2);
        double fingerY = UPPER_ARM * Math.sin(q1) + HAND * Math.sin(q1 + q2);
        double x = fingerX + obs[2];
        double y = fingerY + obs[3];
        double cosine = (x * x + y * y - UPPER_ARM * UPPER_ARM - HAND * HAND) / (2 * UPPER_ARM * HAND);
        double wrist = Math.acos(Math.max(-1, Math.min(1, cosine)));
        double shoulder = Math.atan2(y, x) - Math.atan2(HAND * Math.sin(wrist), UPPER_ARM + HAND * Math.cos(wrist));
        return new float[] {pd(Math.IEEEremainder(shoulder - q1, 2 * Math.PI), obs[4]), pd(wrist - q2, obs[5])};
    }

    private static float pd(double error, double velocity) {
        return (float) Math.max(-1, Math.min(1, 10 * error - velocity));
    }

    @Test
    void withTheFingertipOnTheTargetItEarnsOneEveryStep() {
        try (ReacherEasy env = stretchedWithTargetAt(UPPER_ARM + HAND, 0)) {
            for (int t = 0; t < 100; t++) {
                StepResult r = env.step(new float[2]);
                assertEquals(1.0, r.reward());
                assertEquals(0, r.observation()[2], 1e-6);
                assertEquals(0, r.observation()[3], 1e-6);
            }
        }
    }

    @Test
    void withTheTargetOutOfTouchItEarnsNothing() {
        try (ReacherEasy env = stretchedWithTargetAt(-0.15, 0)) {
            StepResult r = env.step(new float[2]);
            assertEquals(0.0, r.reward());
            assertEquals(-0.15 - UPPER_ARM - HAND, r.observation()[2], 1e-6);
        }
        try (ReacherEasy justOut = stretchedWithTargetAt(UPPER_ARM + HAND + 0.061, 0)) {
            assertEquals(0.0, justOut.step(new float[2]).reward());
        }
    }

    @Test
    void reachingForTheTargetEarnsMostStepsStandingStillAlmostNone() {
        try (ReacherEasy env = new ReacherEasy(0, 1000)) {
            double reached = 0;
            double idle = 0;
            for (long seed = 0; seed < 5; seed++) {
                float[] obs = env.reset(seed);
                for (int t = 0; t < 1000; t++) {
                    StepResult r = env.step(reach(obs));
                    obs = r.observation();
                    reached += r.reward() / 5;
                }
                env.reset(seed);
                for (int t = 0; t < 1000; t++) {
                    idle += env.step(new float[2]).reward() / 5;
                }
            }
            assertTrue(reached > 900, "reaching earned " + reached + " on average");
            assertTrue(idle < 300, "standing still earned " + idle + " on average");
        }
    }

    @Test
    void targetsLieWithinReach() {
        try (ReacherEasy env = new ReacherEasy(0, 1000)) {
            for (long seed = 0; seed < 50; seed++) {
                float[] obs = env.reset(seed);
                double[] state = env.physicsState();
                double distance = Math.hypot(state[2 + 2 + 2 + 2], state[2 + 2 + 2 + 2 + 1]);
                assertTrue(distance >= 0.05 && distance <= 0.20, "target at " + distance);
                assertTrue(Math.abs(obs[1]) <= Math.toRadians(160));
            }
        }
    }
}
