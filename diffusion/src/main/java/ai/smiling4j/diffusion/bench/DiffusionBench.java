package ai.smiling4j.diffusion.bench;

import ai.smiling4j.api.DiffusionSampler;
import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.bench.Benchmark;
import ai.smiling4j.api.bench.BenchmarkContext;
import ai.smiling4j.api.bench.Measurement;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.diffusion.ddpm.DdpmMlpProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * {@code smiling bench diffusion}: the SMILING kernels of the reference's size (d = 17, width
 * 256, T = 5000) against the Python peer in one run: one DDPM training step (batch 1024), the
 * reward of 1024 states x 500 pairs through expert and learner models (the reference's estimator:
 * per-state pairs, t over the grid), and the reward at equal estimator variance, where smiling4j
 * uses the fewest stratified antithetic pairs, shared by the batch, whose variance per state does
 * not exceed the reference estimator's (measured on the same two trained models).
 */
public final class DiffusionBench implements Benchmark {
    private static final int DIMENSION = 17;
    private static final int STATES = 1024;
    private static final int PAIRS = 500;
    private static final int STRIDE = 10;

    @Override
    public String name() {
        return "diffusion";
    }

    @Override
    public String description() {
        return "DDPM train step and SMILING reward (1024 states x 500 pairs; and at equal variance) vs the Python peer";
    }

    @Override
    public List<Measurement> run(BenchmarkContext context) throws IOException {
        int rounds = context.quick() ? 3 : 15;
        SplittableRandom random = new SplittableRandom(7);
        FloatMatrix batch = gaussian(STATES, random, 0);
        try (ScoreModel expert = model(1); ScoreModel learner = model(2)) {
            for (int i = 0; i < (context.quick() ? 20 : 200); i++) {
                expert.trainStep(gaussian(STATES, random, 0.5));
                learner.trainStep(gaussian(STATES, random, -0.5));
            }
            int steps = expert.schedule().steps();
            DiffusionSampler reference = new DiffusionSampler(PAIRS, steps, STRIDE, true, false);
            double referenceVariance = variance(expert, learner, reference, random, false);
            int equalPairs = pairsForVariance(expert, learner, steps, referenceVariance, random);
            DiffusionSampler fast = new DiffusionSampler(equalPairs, steps, STRIDE, true, true);
            context.note("estimator_variance_reference_500_per_state", referenceVariance);
            context.note("equal_variance_pairs_shared_stratified_antithetic", equalPairs);
            context.note("estimator_variance_ours_at_equal_pairs", variance(expert, learner, fast, random, true));

            double train = median(time(5, 5 * rounds, () -> learner.trainStep(batch)));
            double plain = median(time(1, rounds, () -> reward(expert, learner, batch,
                    reference.perState(STATES, DIMENSION, random))));
            double equal = median(time(3, 3 * rounds, () -> reward(expert, learner, batch,
                    fast.shared(DIMENSION, random))));
            context.note("reward_500_pairs_shared_ms", median(time(2, rounds, () -> reward(expert, learner, batch,
                    new DiffusionSampler(PAIRS, steps, STRIDE, true, true).shared(DIMENSION, random)))));
            long before = residentKb();
            int calls = context.quick() ? 200 : 10_000;
            for (int i = 0; i < calls; i++) {
                reward(expert, learner, batch.rowRange(0, 64), fast.shared(DIMENSION, random));
            }
            context.note("rss_mb_before_after_reward_calls", before / 1024 + " -> " + residentKb() / 1024
                    + " over " + calls + " calls");

            Map<String, Double> peer = context.peerMillis(
                    List.of("ddpm_train_step", "smiling_reward_1024", "smiling_reward_1024_chunk64")).orElse(Map.of());
            double peerReward = Math.min(peer.getOrDefault("smiling_reward_1024", Double.NaN),
                    peer.getOrDefault("smiling_reward_1024_chunk64", Double.NaN));
            return List.of(
                    Measurement.time("ddpm_train_step_b1024", train, peer.getOrDefault("ddpm_train_step", Double.NaN),
                            "ms", "peer PyTorch ddpm_train_step"),
                    Measurement.time("smiling_reward_1024x500", plain, peerReward, "ms",
                            "peer PyTorch smiling_reward_1024 (faster of chunked and unchunked)"),
                    Measurement.time("smiling_reward_1024_equal_variance", equal, peerReward, "ms",
                            "peer PyTorch smiling_reward_1024 at K = 500 (ours: " + equalPairs + " shared pairs)"));
        }
    }

    /** Fewest (even) shared stratified antithetic pairs, on a ladder of about 1.5x, whose variance per state is at most {@code target}. */
    private static int pairsForVariance(ScoreModel expert, ScoreModel learner, int steps, double target,
                                        SplittableRandom random) {
        for (int k : new int[] {2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384}) {
            if (variance(expert, learner, new DiffusionSampler(k, steps, STRIDE, true, true), random, true) <= target) {
                return k;
            }
        }
        return PAIRS;
    }

    /**
     * Variance of one state's reward estimate over independent draws of the pairs, averaged over 32
     * states, 16 draws each.
     */
    private static double variance(ScoreModel expert, ScoreModel learner, DiffusionSampler sampler,
                                   SplittableRandom random, boolean shared) {
        int states = 32;
        int draws = 16;
        FloatMatrix x = gaussian(states, random, 0);
        double[][] r = new double[draws][];
        for (int d = 0; d < draws; d++) {
            DiffusionSamples s = shared ? sampler.shared(DIMENSION, random) : sampler.perState(states, DIMENSION, random);
            float[] v = reward(expert, learner, x, s);
            r[d] = new double[states];
            for (int i = 0; i < states; i++) {
                r[d][i] = v[i];
            }
        }
        double total = 0;
        for (int i = 0; i < states; i++) {
            double mean = 0;
            for (double[] draw : r) {
                mean += draw[i] / draws;
            }
            double var = 0;
            for (double[] draw : r) {
                var += (draw[i] - mean) * (draw[i] - mean) / (draws - 1);
            }
            total += var / states;
        }
        return total;
    }

    private static float[] reward(ScoreModel expert, ScoreModel learner, FloatMatrix states, DiffusionSamples samples) {
        float[] e = expert.denoisingError(states, samples);
        float[] l = learner.denoisingError(states, samples);
        for (int i = 0; i < l.length; i++) {
            l[i] -= e[i];
        }
        return l;
    }

    private static ScoreModel model(long seedOffset) {
        DdpmMlpProvider provider = new DdpmMlpProvider();
        return provider.create(provider.options().resolve(Map.of("seed-offset", seedOffset)), DIMENSION,
                new BenchContext(0));
    }

    private static double[] time(int warmup, int iterations, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static FloatMatrix gaussian(int rows, SplittableRandom random, double mean) {
        float[] v = new float[rows * DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (mean + random.nextDouble(-1, 1) + random.nextDouble(-1, 1));
        }
        return new FloatMatrix(rows, DIMENSION, v);
    }

    /** VmRSS of this process in kB (0 where /proc is missing), after a garbage collection. */
    private static long residentKb() throws IOException {
        System.gc();
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }

    /** The little a score model needs from a run. */
    private record BenchContext(long seed) implements PluginContext {
        @Override
        public Path workDirectory() {
            throw new UnsupportedOperationException("the benchmark gives no work directory");
        }

        @Override
        public EnvironmentSpec environment() {
            throw new UnsupportedOperationException("the benchmark runs no environment");
        }

        @Override
        public ScoreModel newScoreModel(int dimension) {
            throw new UnsupportedOperationException("the benchmark builds its models itself");
        }
    }
}
