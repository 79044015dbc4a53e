package ai.smiling4j.solvers.bench;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.bench.Benchmark;
import ai.smiling4j.api.bench.BenchmarkContext;
import ai.smiling4j.api.bench.Measurement;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.plugin.SolverProvider;
import ai.smiling4j.solvers.sac.SacProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code smiling bench sac}: the sac solver on DMC cheetah-run shapes (obs 17, act 6) against the
 * Python peer's {@code sac_update} and {@code act_numpy_b1} kernels, in one run: one update
 * (replay sampling, task-reward labelling, critics, actor, temperature, target) at the reference
 * size, batch-1 action latency at both sizes, and the small preset's update time and resident
 * memory over many updates as notes.
 */
public final class SacBench implements Benchmark {
    private static final int OBS = 17;
    private static final int ACT = 6;

    @Override
    public String name() {
        return "sac";
    }

    @Override
    public String description() {
        return "SAC update (2x1024, batch 1024) and batch-1 action vs the Python peer; small-preset update and memory";
    }

    @Override
    public List<Measurement> run(BenchmarkContext context) throws IOException {
        boolean quick = context.quick();
        EnvironmentSpec spec = new EnvironmentSpec("bench", Box.unbounded(OBS), Box.uniform(ACT, -1, 1), 1000, 0, 1);
        Timing reference = updates(spec, 1024, 1024, quick ? 3 : 5, quick ? 5 : 40, quick ? 10 : 200);
        Timing small = updates(spec, 256, 256, 50, quick ? 50 : 500, quick ? 200 : 20_000);
        context.note("sac_update_small_ms", small.updateMs());
        context.note("small_rss_mb_before_after", small.rssBeforeMb() + " -> " + small.rssAfterMb()
                + " over " + small.memoryUpdates() + " updates");
        context.note("reference_rss_mb_before_after", reference.rssBeforeMb() + " -> " + reference.rssAfterMb()
                + " over " + reference.memoryUpdates() + " updates");
        context.note("act_b1_small_us", small.actMicros());
        context.note("act_batch8_per_observation_2x1024_us", reference.batchActMicros());
        Map<String, Double> peer = context.peerMillis(List.of("sac_update", "act_numpy_b1")).orElse(Map.of());
        return List.of(
                Measurement.time("sac_update_2x1024_b1024", reference.updateMs(), peer.getOrDefault("sac_update", Double.NaN),
                        "ms", "peer PyTorch sac_update"),
                Measurement.time("act_batch1_2x1024", reference.actMicros(),
                        peer.getOrDefault("act_numpy_b1", Double.NaN) * 1000, "us", "peer PyTorch act_numpy_b1"));
    }

    /**
     * Figures of one size.
     *
     * @param updateMs      median update time
     * @param actMicros     mean stochastic batch-1 action time
     * @param batchActMicros mean stochastic action time per observation in batches of 8 (a vector environment's step)
     * @param rssBeforeMb   resident memory before the memory run
     * @param rssAfterMb    resident memory after it
     * @param memoryUpdates updates of the memory run
     */
    private record Timing(double updateMs, double actMicros, double batchActMicros, long rssBeforeMb, long rssAfterMb, int memoryUpdates) {
    }

    private static RLSolver solver(EnvironmentSpec spec, int hidden, int batch) {
        SolverProvider sac = new SacProvider();
        var options = sac.options().resolve(Map.of("hidden", hidden, "batch-size", batch, "seed-steps", 0,
                "replay-capacity", 100_000));
        return sac.create(options, new BenchContext(spec, Path.of(System.getProperty("java.io.tmpdir"))));
    }

    private static Timing updates(EnvironmentSpec spec, int hidden, int batch, int warm, int timed, int memoryUpdates)
            throws IOException {
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
            long before = residentKb();
            for (int i = 0; i < memoryUpdates; i++) {
                solver.update(reward);
            }
            long after = residentKb();
            float[][] observations = new float[8][];
            for (int i = 0; i < observations.length; i++) {
                observations[i] = gaussian(r, OBS);
            }
            return new Timing(ms[timed / 2], actMicros(solver, gaussian(r, OBS), false),
                    batchActMicros(solver, observations), before / 1024, after / 1024,
                    memoryUpdates);
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

    private static double batchActMicros(RLSolver solver, float[][] batch) {
        for (int i = 0; i < 500; i++) {
            solver.act(batch, false);
        }
        int calls = 2000;
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            solver.act(batch, false);
        }
        return (System.nanoTime() - t0) / 1e3 / calls / batch.length;
    }

    private static long residentKb() throws IOException {
        System.gc();
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
}
