package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.environments.mujoco.MjModel;
import ai.smiling4j.environments.mujoco.Mujoco;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The physics benchmark: how fast MuJoCo steps from Java against MuJoCo's own C benchmark
 * ({@code mujoco-testspeed}) on the same model in the same run, one thread each, and how much two
 * threads of {@link ai.smiling4j.api.VectorEnvironment} gain over one on two copies. Each speed is
 * the best of a few alternating rounds, which is what the machine can do when others leave it be.
 * Prints a summary and writes JSON whose comparison keys end in {@code ratio}, with the load
 * average at the start, since other work on the machine lowers every number, the speed-up most.
 *
 * <pre>PhysicsBench OUTPUT.json [MODEL.xml] [STEPS]</pre>
 * The model defaults to Debian's humanoid ({@value #DEFAULT_MODEL}), read from disk.
 */
public final class PhysicsBench {
    static final double CONTROL_NOISE = 0.01;
    private static final String DEFAULT_MODEL = "/usr/share/mujoco/model/humanoid/humanoid.xml";
    private static final int DEFAULT_STEPS = 20_000;
    private static final int ROUNDS = 3;
    private static final int COPIES = 2;
    private static final int SUB_STEPS = 5;
    private static final int EPISODE_STEPS = 1000;

    private PhysicsBench() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: PhysicsBench OUTPUT.json [MODEL.xml] [STEPS]");
            System.exit(2);
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path output = Path.of(args[0]);
        Path model = Path.of(args.length > 1 ? args[1] : DEFAULT_MODEL);
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_STEPS;

        double[] java = new double[ROUNDS];
        double[] c = new double[ROUNDS];
        try (MjModel m = MjModel.fromFile(model)) {
            System.out.printf(Locale.ROOT, "MuJoCo %s, %s, %d steps of %g s, %d rounds%n", Mujoco.version(),
                    model, steps, m.timestep(), ROUNDS);
            ControlNoise noise = new ControlNoise(ControlNoise.controlBox(m), CONTROL_NOISE);
            SingleThreadRun.stepsPerSecond(m, noise, steps); // JIT warm-up
            for (int r = 0; r < ROUNDS; r++) {
                c[r] = Testspeed.stepsPerSecond(model, steps, CONTROL_NOISE);
                java[r] = SingleThreadRun.stepsPerSecond(m, noise, steps);
                System.out.printf(Locale.ROOT, "round %d: C %.0f, Java %.0f steps/s%n", r, c[r], java[r]);
            }
        }

        VectorRun vector = new VectorRun(model, COPIES, SUB_STEPS, EPISODE_STEPS, steps / (COPIES * SUB_STEPS));
        double[] one = new double[ROUNDS];
        double[] two = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            one[r] = vector.stepsPerSecond(1);
            two[r] = vector.stepsPerSecond(2);
            System.out.printf(Locale.ROOT, "round %d: vector of %d, 1 thread %.0f, 2 threads %.0f steps/s%n",
                    r, COPIES, one[r], two[r]);
        }

        double javaToC = best(java) / best(c);
        double twoToOne = best(two) / best(one);
        System.out.printf(Locale.ROOT, "Java %.0f vs C %.0f steps/s: ratio %.3f%n", best(java), best(c), javaToC);
        System.out.printf(Locale.ROOT, "2 threads %.0f vs 1 thread %.0f steps/s: speed-up %.3f"
                + " (%d processors, load average %.2f at the start)%n",
                best(two), best(one), twoToOne, Runtime.getRuntime().availableProcessors(), load);

        String json = String.format(Locale.ROOT, """
                {
                  "benchmark": "physics",
                  "mujoco_version": "%s",
                  "model": "%s",
                  "steps": %d,
                  "processors": %d,
                  "load_average_at_start": %.2f,
                  "c_testspeed_steps_per_second": %.1f,
                  "java_steps_per_second": %.1f,
                  "java_to_c_ratio": %.4f,
                  "c_testspeed_rounds": %s,
                  "java_rounds": %s,
                  "vector_copies": %d,
                  "vector_sub_steps": %d,
                  "vector_one_thread_steps_per_second": %.1f,
                  "vector_two_threads_steps_per_second": %.1f,
                  "vector_two_to_one_thread_ratio": %.4f,
                  "vector_one_thread_rounds": %s,
                  "vector_two_threads_rounds": %s
                }
                """, Mujoco.version(), model, steps, Runtime.getRuntime().availableProcessors(), load, best(c), best(java),
                javaToC, list(c), list(java), COPIES, SUB_STEPS, best(one), best(two), twoToOne, list(one), list(two));
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(output, json);
        System.out.println("wrote " + output);
    }

    private static double best(double[] rates) {
        return Arrays.stream(rates).max().orElseThrow();
    }

    private static String list(double[] rates) {
        return Arrays.stream(rates).mapToObj(r -> String.format(Locale.ROOT, "%.1f", r))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
