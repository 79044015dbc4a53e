package ai.smiling4j.diffusion.bench;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.diffusion.ddpm.DdpmMlpProvider;
import ai.smiling4j.api.DiffusionSampler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Times the hot kernels of SMILING's score models, warm, at the reference's shapes (cheetah-run:
 * d = 17, width 256, T = 5000): one DDPM training step at batch 1024, and the reward of 1024 states
 * with 500 pairs each through an expert and a learner model, in the plain and the factored form;
 * then the resident memory over many reward calls. Peer (PyTorch, same machine): 550 ms for the
 * reference's reward. Run: {@code java ... ai.smiling4j.diffusion.bench.DiffusionBench [rounds]}.
 */
public final class DiffusionBench {
    private static final int DIMENSION = 17;
    private static final int STATES = 1024;
    private static final int PAIRS = 500;

    private DiffusionBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.printf(Locale.ROOT, "load average %s, engine threads %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim(), System.getProperty("ai.djl.pytorch.num_threads", "default"));
        SplittableRandom random = new SplittableRandom(0);
        FloatMatrix batch = gaussian(STATES, random);
        try (ScoreModel expert = model(0, "factored"); ScoreModel learner = model(1, "factored");
             ScoreModel expertPlain = model(0, "plain"); ScoreModel learnerPlain = model(1, "plain")) {
            for (int i = 0; i < 5; i++) {
                // same seeds and batches: each plain model stays equal to its factored twin
                FloatMatrix expertBatch = gaussian(STATES, random);
                FloatMatrix learnerBatch = gaussian(STATES, random);
                expert.trainStep(expertBatch);
                expertPlain.trainStep(expertBatch);
                learner.trainStep(learnerBatch);
                learnerPlain.trainStep(learnerBatch);
            }

            DiffusionSamples shared = new DiffusionSampler(PAIRS, expert.schedule().steps(), 10, false, false)
                    .shared(DIMENSION, random);
            DiffusionSamples perState = new DiffusionSampler(PAIRS, expert.schedule().steps(), 10, false, false)
                    .perState(STATES, DIMENSION, random);
            float[] fast = reward(expert, learner, batch, shared);
            float[] plain = reward(expertPlain, learnerPlain, batch, shared);
            System.out.printf(Locale.ROOT, "factored vs plain reward, shared pairs: max |difference| %.2e (rewards of size %.2e)%n",
                    maxDifference(fast, plain), maxAbs(plain));
            report("smiling_reward_1024 plain, shared pairs", time(1, Math.max(2, rounds / 3),
                    () -> reward(expertPlain, learnerPlain, batch, shared)));
            report("smiling_reward_1024 plain, per-state pairs", time(1, Math.max(2, rounds / 3),
                    () -> reward(expertPlain, learnerPlain, batch, perState)));
            report("smiling_reward_1024 factored, shared pairs", time(3, rounds,
                    () -> reward(expert, learner, batch, shared)));
            report("smiling_reward_1024 factored, per-state pairs", time(2, rounds,
                    () -> reward(expert, learner, batch, perState)));

            report("ddpm_train_step (batch 1024)", time(10, 5 * rounds, () -> learner.trainStep(batch)));
            long before = residentKb();
            int calls = 20 * rounds;
            for (int i = 0; i < calls; i++) {
                reward(expert, learner, batch, shared);
                if (i % 10 == 0) {
                    learner.trainStep(batch);
                }
            }
            System.out.printf(Locale.ROOT, "resident memory: %d MB before, %d MB after %d reward calls (+%d train steps)%n",
                    before / 1024, residentKb() / 1024, calls, (calls + 9) / 10);
        }
    }

    private static float[] reward(ScoreModel expert, ScoreModel learner, FloatMatrix states, DiffusionSamples samples) {
        float[] e = expert.denoisingError(states, samples);
        float[] l = learner.denoisingError(states, samples);
        for (int i = 0; i < l.length; i++) {
            l[i] -= e[i];
        }
        return l;
    }

    private static ScoreModel model(long seedOffset, String estimator) {
        DdpmMlpProvider provider = new DdpmMlpProvider();
        return provider.create(provider.options().resolve(Map.of("seed-offset", seedOffset, "estimator", estimator)),
                DIMENSION, new BenchContext(0));
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

    private static void report(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-46s median %8.2f ms  min %8.2f ms  max %8.2f ms  (n=%d)%n",
                name, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    private static FloatMatrix gaussian(int rows, SplittableRandom random) {
        float[] v = new float[rows * DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextDouble(-1, 1) + random.nextDouble(-1, 1));
        }
        return new FloatMatrix(rows, DIMENSION, v);
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double maxAbs(float[] a) {
        double max = 0;
        for (float v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** VmRSS of this process, in kB (0 where /proc is missing). */
    private static long residentKb() throws IOException {
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
