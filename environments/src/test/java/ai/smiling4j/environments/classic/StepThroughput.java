package ai.smiling4j.environments.classic;

import ai.smiling4j.api.StepResult;

import java.util.SplittableRandom;

/**
 * Single-thread steps per second of each pure-Java task: a timing loop, not a test. Run it from
 * the module folder after {@code mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes:../api/target/classes ai.smiling4j.environments.classic.StepThroughput}.
 */
final class StepThroughput {
    private static final int ACTIONS = 4096;

    private StepThroughput() {
    }

    public static void main(String[] args) {
        measure(new PendulumSwingup(0, 1000));
        measure(new PointMassReach(0, 1000));
    }

    private static void measure(SimulatedTask env) {
        SplittableRandom random = new SplittableRandom(0);
        float[][] actions = new float[ACTIONS][env.spec().actionDim()];
        for (float[] action : actions) {
            for (int i = 0; i < action.length; i++) {
                action[i] = (float) random.nextDouble(-1, 1);
            }
        }
        run(env, actions, 5_000_000);
        int steps = 20_000_000;
        long start = System.nanoTime();
        double checksum = run(env, actions, steps);
        double seconds = (System.nanoTime() - start) * 1e-9;
        System.out.printf("%s: %.2f M steps/s (checksum %.1f)%n", env.spec().name(), steps / seconds / 1e6, checksum);
    }

    private static double run(SimulatedTask env, float[][] actions, int steps) {
        double total = 0;
        env.reset(1);
        for (int t = 0; t < steps; t++) {
            StepResult r = env.step(actions[t & (ACTIONS - 1)]);
            total += r.reward() + r.observation()[0];
            if (r.done()) {
                env.reset();
            }
        }
        return total;
    }
}
