package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.data.Transition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SAC swings up and balances a pendulum (a minimal DMC-like swing-up written here for the test):
 * small preset, 100k environment steps, evaluated every 10k steps with deterministic episodes.
 */
@Tag("slow")
class PendulumLearningTest {
    private static final int STEPS = 100_000;
    private static final int EPISODE = 1000;

    /**
     * A pendulum of mass 1 on a massless pole of length 0.5, hinge damping 0.1, torque in [-1, 1]
     * (too weak to lift it directly), control step 0.02 s in 4 semi-implicit Euler substeps. The
     * angle is measured from upright; an episode starts at a uniformly random angle and is truncated
     * after 1000 steps. Observation [cos, sin, angular velocity]; reward (1 + cos) / 2 in [0, 1].
     */
    static final class Pendulum {
        private static final double GRAVITY = 9.81;
        private static final double LENGTH = 0.5;
        private static final double INERTIA = LENGTH * LENGTH;
        private static final double DAMPING = 0.1;
        private static final double DT = 0.02;
        private static final int SUBSTEPS = 4;
        private final SplittableRandom random;
        private double angle;
        private double velocity;
        private int t;

        Pendulum(long seed) {
            random = new SplittableRandom(seed);
        }

        float[] reset() {
            angle = random.nextDouble(-Math.PI, Math.PI);
            velocity = 0;
            t = 0;
            return observation();
        }

        float[] observation() {
            return new float[] {(float) Math.cos(angle), (float) Math.sin(angle), (float) velocity};
        }

        double step(float torque) {
            double u = Math.max(-1, Math.min(1, torque));
            double h = DT / SUBSTEPS;
            for (int k = 0; k < SUBSTEPS; k++) {
                double acceleration = (u - DAMPING * velocity + GRAVITY * LENGTH * Math.sin(angle)) / INERTIA;
                velocity += h * acceleration;
                angle += h * velocity;
            }
            angle = Math.IEEEremainder(angle, 2 * Math.PI);
            t++;
            return (1 + Math.cos(angle)) / 2;
        }

        boolean truncated() {
            return t >= EPISODE;
        }
    }

    @Test
    void swingsUpToAReturnOfAtLeast800() {
        Pendulum env = new Pendulum(0);
        Pendulum evalEnv = new Pendulum(1);
        long start = System.nanoTime();
        try (RLSolver solver = new SacProvider().create(TestContext.options(Map.of("preset", "small")),
                new TestContext(0, TestContext.spec(3, Box.uniform(1, -1, 1))))) {
            float[] obs = env.reset();
            double lastEval = 0;
            for (int step = 1; step <= STEPS; step++) {
                float[] a = solver.act(obs, false);
                double r = env.step(a[0]);
                float[] next = env.observation();
                solver.observe(new Transition(obs, a, r, next, false, env.truncated()));
                solver.update(RewardFunction.taskReward());
                obs = env.truncated() ? env.reset() : next;
                if (step % 10_000 == 0) {
                    lastEval = evaluate(solver, evalEnv);
                    System.err.printf("pendulum step %d: eval return %.1f (%.0f s)%n", step, lastEval,
                            (System.nanoTime() - start) / 1e9);
                }
            }
            assertTrue(lastEval >= 800, "final evaluation return " + lastEval);
        }
    }

    private static double evaluate(RLSolver solver, Pendulum env) {
        double total = 0;
        int episodes = 3;
        for (int e = 0; e < episodes; e++) {
            float[] obs = env.reset();
            while (!env.truncated()) {
                total += env.step(solver.act(obs, true)[0]);
                obs = env.observation();
            }
        }
        return total / episodes;
    }
}
