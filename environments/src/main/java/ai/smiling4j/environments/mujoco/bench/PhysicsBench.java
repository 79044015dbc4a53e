package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.environments.mujoco.MjModel;
import ai.smiling4j.environments.mujoco.Mujoco;
import ai.smiling4j.api.bench.Benchmark;
import ai.smiling4j.api.bench.BenchmarkContext;
import ai.smiling4j.api.bench.Measurement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code smiling bench physics}: how fast MuJoCo steps from Java against MuJoCo's own C benchmark
 * ({@code mujoco-testspeed}) on the same model in the same run, one thread each, and how much two
 * threads of {@link ai.smiling4j.api.VectorEnvironment} gain over one on two copies. Each speed is
 * the best of a few alternating rounds, which is what the machine can do when others leave it be.
 * A note gives the ceiling of the speed-up: two threads stepping independent data at once against one.
 * The model is Debian's humanoid ({@value #MODEL}), read from disk ($SMILING_PHYSICS_MODEL overrides).
 */
public final class PhysicsBench implements Benchmark {
    static final double CONTROL_NOISE = 0.01;
    private static final String MODEL = "/usr/share/mujoco/model/humanoid/humanoid.xml";
    private static final int ROUNDS = 3;
    private static final int COPIES = 2;
    private static final int SUB_STEPS = 5;
    private static final int EPISODE_STEPS = 1000;
    private final Path model;

    /** The benchmark on Debian's humanoid, or the model $SMILING_PHYSICS_MODEL names. */
    public PhysicsBench() {
        String env = System.getenv("SMILING_PHYSICS_MODEL");
        this.model = Path.of(env == null || env.isBlank() ? MODEL : env);
    }

    PhysicsBench(Path model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "physics";
    }

    @Override
    public String description() {
        return "MuJoCo humanoid steps/s from Java vs mujoco-testspeed (C), and a 2-thread vector environment vs 1";
    }

    @Override
    public List<Measurement> run(BenchmarkContext context) throws IOException, InterruptedException {
        int steps = context.quick() ? 2_000 : 20_000;
        double[] java = new double[ROUNDS];
        double[] c = new double[ROUNDS];
        double[] pair = new double[ROUNDS];
        try (MjModel m = MjModel.fromFile(model)) {
            context.note("mujoco", Mujoco.version() + ", " + model + ", " + steps + " steps of " + m.timestep() + " s");
            ControlNoise noise = new ControlNoise(ControlNoise.controlBox(m), CONTROL_NOISE);
            SingleThreadRun.stepsPerSecond(m, noise, steps); // JIT warm-up
            for (int r = 0; r < ROUNDS; r++) {
                c[r] = Testspeed.stepsPerSecond(model, steps, CONTROL_NOISE);
                java[r] = SingleThreadRun.stepsPerSecond(m, noise, steps);
                pair[r] = independentPair(m, noise, steps);
            }
        }
        // what two cores give to two threads that share nothing, the ceiling of any 2-thread speed-up here
        context.note("ceiling_two_independent_threads_vs_one", best(pair) / best(java));
        VectorRun vector = new VectorRun(model, COPIES, SUB_STEPS, EPISODE_STEPS, steps / (COPIES * SUB_STEPS));
        double[] one = new double[ROUNDS];
        double[] two = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            one[r] = vector.stepsPerSecond(1);
            two[r] = vector.stepsPerSecond(2);
        }
        context.note("rounds_java_c_one_two", List.of(java, c, one, two).stream().map(PhysicsBench::list).toList());
        return List.of(
                Measurement.throughput("java_vs_c_steps", best(java), best(c), "steps/s", "mujoco-testspeed, 1 thread"),
                Measurement.throughput("vector_two_threads_vs_one", best(two), best(one), "steps/s",
                        "the same vector environment on 1 thread"));
    }

    /** Steps per second summed over two threads, each stepping its own data of {@code model} at the same time. */
    private static double independentPair(MjModel model, ControlNoise noise, int steps) throws InterruptedException {
        double[] rates = new double[2];
        Thread other = new Thread(() -> rates[1] = SingleThreadRun.stepsPerSecond(model, noise, steps), "physics-pair");
        other.start();
        rates[0] = SingleThreadRun.stepsPerSecond(model, noise, steps);
        other.join();
        return rates[0] + rates[1];
    }

    private static double best(double[] rates) {
        return Arrays.stream(rates).max().orElseThrow();
    }

    private static String list(double[] rates) {
        return Arrays.stream(rates).mapToObj(r -> String.format(Locale.ROOT, "%.1f", r))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
