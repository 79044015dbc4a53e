package ai.smiling4j.solvers.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.api.plugin.SolverProvider;
import ai.smiling4j.solvers.common.PlainMlp;
import ai.smiling4j.solvers.sac.SacProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Warm timings of the sac solver on DMC cheetah-run shapes (obs 17, act 6), to compare with the
 * Python peer's {@code sac_update} and {@code actor_fwd_b1} kernels: one update (replay sampling,
 * task-reward labelling, critics, actor, temperature, target) at the reference size and at the
 * small preset, batch-1 action latency, and resident memory over many updates. Not a test.
 */
public final class SacBench {
    private static final int OBS = 17;
    private static final int ACT = 6;

    private SacBench() {
    }

    /** Runs every measurement and prints one line per figure. */
    public static void main(String[] args) throws IOException {
        int referenceUpdates = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        EnvironmentSpec spec = new EnvironmentSpec("bench", Box.unbounded(OBS), Box.uniform(ACT, -1, 1), 1000, 0, 1);
        System.out.println("threads: libtorch default; MKL_DYNAMIC=" + System.getenv("MKL_DYNAMIC"));
        if (referenceUpdates > 0) {
            updates("reference 2x1024, batch 1024", spec, 1024, 1024, 5, referenceUpdates, 100);
        }
        updates("small preset 2x256, batch 256", spec, 256, 256, 50, 500, 3000);
        inference(1024);
        inference(256);
    }

    private static RLSolver solver(EnvironmentSpec spec, int hidden, int batch) {
        SolverProvider sac = new SacProvider();
        var options = sac.options().resolve(Map.of("hidden", hidden, "batch-size", batch, "seed-steps", 0,
                "replay-capacity", 100_000));
        return sac.create(options, new Context(spec));
    }

    private static void updates(String name, EnvironmentSpec spec, int hidden, int batch, int warm, int timed,
                                int memoryUpdates) throws IOException {
        try (RLSolver solver = solver(spec, hidden, batch)) {
            SplittableRandom r = new SplittableRandom(0);
            for (int i = 0; i < 10_000; i++) {
                solver.observe(new Transition(gaussian(r, OBS), uniform(r, ACT), r.nextDouble(), gaussian(r, OBS),
                        false, false));
            }
            RewardFunction reward = RewardFunction.taskReward();
            for (int i = 0; i < warm; i++) {
                solver.update(reward);
            }
            double[] ms = new double[timed];
            for (int i = 0; i < timed; i++) {
                long t0 = System.nanoTime();
                solver.update(reward);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("update %-32s median %8.2f ms  min %8.2f ms  p90 %8.2f ms  max %8.2f ms  (n=%d)%n",
                    name, ms[timed / 2], ms[0], ms[timed * 9 / 10], ms[timed - 1], timed);
            long before = residentKb();
            for (int i = 0; i < memoryUpdates; i++) {
                solver.update(reward);
            }
            System.out.printf("memory %-32s RSS %d MB -> %d MB after %d more updates%n", name, before / 1024,
                    residentKb() / 1024, memoryUpdates);
            float[] obs = gaussian(r, OBS);
            System.out.printf("act    %-32s deterministic %6.1f us  stochastic %6.1f us (solver.act, mean of 10k)%n",
                    name, actMicros(solver, obs, true), actMicros(solver, obs, false));
        }
    }

    private static double actMicros(RLSolver solver, float[] obs, boolean deterministic) {
        for (int i = 0; i < 3000; i++) {
            solver.act(obs, deterministic);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            solver.act(obs, deterministic);
        }
        return (System.nanoTime() - t0) / 1e3 / 10_000;
    }

    /** Batch-1 actor forward: the engine (one sub-manager per call) against the plain-Java snapshot. */
    private static void inference(int hidden) {
        try (NDManager m = NDManager.newBaseManager()) {
            Mlp actor = Mlp.create(m, new int[] {OBS, hidden, hidden, 2 * ACT}, Activation.RELU,
                    Initializer.ORTHOGONAL, new SplittableRandom(1));
            float[] obs = gaussian(new SplittableRandom(2), OBS);
            double engine = 0;
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 10_000; i++) {
                    try (NDManager step = m.newSubManager()) {
                        actor.forward(step.create(obs, new Shape(1, OBS))).toFloatArray();
                    }
                }
                engine = (System.nanoTime() - t0) / 1e3 / 10_000;
            }
            PlainMlp plain = new PlainMlp(actor);
            double java = 0;
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 10_000; i++) {
                    plain.forward(obs);
                }
                java = (System.nanoTime() - t0) / 1e3 / 10_000;
            }
            System.out.printf("actor forward batch 1, 2x%d: DJL %6.1f us, plain Java %6.1f us (mean of 10k, warm)%n",
                    hidden, engine, java);
        }
    }

    private static long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static float[] gaussian(SplittableRandom r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble()));
        }
        return x;
    }

    private static float[] uniform(SplittableRandom r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextDouble(-1, 1);
        }
        return x;
    }

    private record Context(EnvironmentSpec environment) implements PluginContext {
        @Override
        public long seed() {
            return 0;
        }

        @Override
        public Path workDirectory() {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }

        @Override
        public ScoreModel newScoreModel(int dimension) {
            throw new UnsupportedOperationException("the benchmark needs no score model");
        }
    }
}
