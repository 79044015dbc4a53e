package ai.smiling4j.solvers.bench;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ExportablePolicy;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.bench.Benchmark;
import ai.smiling4j.api.bench.BenchmarkContext;
import ai.smiling4j.api.bench.Measurement;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.plugin.SolverProvider;
import ai.smiling4j.solvers.common.OnnxRuntimePolicy;
import ai.smiling4j.solvers.sac.SacProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * {@code smiling bench policy}: batch-1 latency of SAC's deterministic policy (cheetah-run shapes,
 * obs 17, act 6) exported as ONNX and run by ONNX Runtime through DJL, against the same network on
 * DJL's PyTorch engine, in one run, at the small preset (2 x 256) and the reference size (2 x 1024).
 * Notes: the plain-Java copy's latency, the largest gap between ONNX Runtime and PyTorch over 10k
 * observations, and whether the 10 us goal is met.
 */
public final class PolicyBench implements Benchmark {
    private static final int OBS = 17;
    private static final int ACT = 6;
    private static final double GOAL_US = 10;

    @Override
    public String name() {
        return "policy";
    }

    @Override
    public String description() {
        return "batch-1 deterministic action: ONNX Runtime (exported ONNX, via DJL) vs DJL PyTorch, 2x256 and 2x1024";
    }

    @Override
    public List<Measurement> run(BenchmarkContext context) throws IOException {
        List<Measurement> out = new ArrayList<>();
        Path dir = Files.createTempDirectory("smiling-policy-bench");
        try {
            for (int hidden : new int[] {256, 1024}) {
                out.add(size(context, hidden, dir));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        context.note("onnxruntime_intra_op_threads", context.threads());
        context.note("pytorch_threads", System.getProperty("ai.djl.pytorch.num_threads", "DJL default"));
        return out;
    }

    private static Measurement size(BenchmarkContext context, int hidden, Path dir) throws IOException {
        String shape = "2x" + hidden;
        SplittableRandom r = new SplittableRandom(hidden);
        try (RLSolver pytorch = trained(hidden, "pytorch", r, dir);
             RLSolver java = trained(hidden, "java", r, dir)) {
            try (OnnxRuntimePolicy onnx = OnnxRuntimePolicy.write(
                    pytorch.capability(ExportablePolicy.class).orElseThrow().policyNetwork(),
                    dir.resolve("policy-" + hidden + ".onnx"), context.threads())) {
                float[][] observations = new float[10_000][];
                for (int i = 0; i < observations.length; i++) {
                    observations[i] = gaussian(r, OBS, 2);
                }
                double gap = 0;
                for (float[] o : observations) {
                    float[] a = onnx.act(o);
                    float[] b = pytorch.act(o, true);
                    for (int k = 0; k < ACT; k++) {
                        gap = Math.max(gap, Math.abs(a[k] - b[k]));
                    }
                }
                context.note("parity_max_abs_diff_" + shape, gap);
                int calls = context.quick() ? 1000 : (hidden > 256 ? 5000 : 20_000);
                // interleaved rounds, so that both engines see the same machine load
                int rounds = context.quick() ? 1 : 5;
                double[] ort = new double[rounds];
                double[] pt = new double[rounds];
                double[] jv = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    ort[round] = micros(onnx::act, observations, calls);
                    pt[round] = micros(o -> pytorch.act(o, true), observations, calls);
                    jv[round] = micros(o -> java.act(o, true), observations, calls);
                }
                double ortUs = median(ort);
                context.note("act_b1_" + shape + "_plain_java_us", median(jv));
                context.note("goal_10us_met_" + shape, ortUs <= GOAL_US);
                return Measurement.time("act_b1_" + shape, ortUs, median(pt), "us", "DJL PyTorch, same network, batch 1");
            }
        }
    }

    /** A SAC policy of the given width after a few updates (non-zero biases), with the given engine. */
    private static RLSolver trained(int hidden, String engine, SplittableRandom seedSource, Path dir) throws IOException {
        EnvironmentSpec spec = new EnvironmentSpec("bench", Box.unbounded(OBS), Box.uniform(ACT, -1, 1), 1000, 0, 1);
        SolverProvider sac = new SacProvider();
        var options = sac.options().resolve(Map.of("hidden", hidden, "batch-size", 32, "seed-steps", 0,
                "replay-capacity", 1000, "engine", engine));
        RLSolver solver = sac.create(options, new BenchContext(spec, dir));
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            solver.observe(new Transition(gaussian(r, OBS, 1), gaussian(r, ACT, 0.5), r.nextDouble(), gaussian(r, OBS, 1),
                    false, false));
        }
        for (int i = 0; i < 3; i++) {
            solver.update(RewardFunction.taskReward());
        }
        return solver;
    }

    private static double micros(UnaryOperator<float[]> act, float[][] observations, int calls) {
        for (int i = 0; i < calls / 4; i++) {
            act.apply(observations[i % observations.length]);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            act.apply(observations[i % observations.length]);
        }
        return (System.nanoTime() - t0) / 1e3 / calls;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static float[] gaussian(SplittableRandom r, int n, double scale) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (scale * r.nextGaussian());
        }
        return x;
    }
}
