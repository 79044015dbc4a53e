package ai.smiling4j.solvers.dreamer;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.bench.Benchmark;
import ai.smiling4j.api.bench.BenchmarkContext;
import ai.smiling4j.api.bench.Measurement;
import ai.smiling4j.api.data.Transition;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code smiling bench dreamer}: time of one update's phases (world-model step, imagination of
 * {@code horizon} steps from every posterior state, actor-critic step) and of one action, at the
 * paper's sizes and the small preset, on humanoid-task shapes (obs 51, act 19). No peer runs these
 * kernels, so the figures are absolute times, written as notes. Acting runs in plain Java on a
 * snapshot of the networks taken after each update.
 */
public final class DreamerBench implements Benchmark {
    private static final int OBS = 51;
    private static final int ACT = 19;

    @Override
    public String name() {
        return "dreamer";
    }

    @Override
    public String description() {
        return "dreamer update phases (world model, imagination, actor-critic) and action time, paper and small sizes";
    }

    @Override
    public List<Measurement> run(BenchmarkContext context) {
        boolean quick = context.quick();
        // libtorch reads its thread count once, at start: the script sets it from --threads
        context.note("pytorch_threads", System.getProperty("ai.djl.pytorch.num_threads", "DJL default"));
        for (String preset : List.of("small", "paper")) {
            int timed = preset.equals("small") ? (quick ? 5 : 20) : (quick ? 1 : 3);
            double[] ms = phases(preset, timed);
            context.note(preset + "_world_model_step_ms", round(ms[0]));
            context.note(preset + "_imagination_ms", round(ms[1]));
            context.note(preset + "_actor_critic_step_ms", round(ms[2]));
            context.note(preset + "_act_ms", round(ms[3]));
        }
        return List.of();
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** Median milliseconds of the three update phases and mean milliseconds of one sampled action. */
    private static double[] phases(String preset, int timed) {
        EnvironmentSpec spec = new EnvironmentSpec("bench", Box.unbounded(OBS), Box.uniform(ACT, -1, 1), 1000, 0, 1);
        DreamerSettings settings = DreamerSettings.from(DreamerSettings.SCHEMA.resolve(Map.of("preset", preset,
                "seed-steps", 0, "replay-capacity", 100_000)));
        try (Dreamer dreamer = new Dreamer(settings, spec, 0)) {
            SplittableRandom r = new SplittableRandom(0);
            for (int i = 0; i < 5000; i++) {
                dreamer.observe(new Transition(gaussian(r, OBS), gaussian(r, ACT), r.nextDouble(), gaussian(r, OBS),
                        false, (i + 1) % 1000 == 0));
            }
            RewardFunction reward = RewardFunction.taskReward();
            dreamer.trainStep(reward);
            double[][] ms = new double[3][timed];
            for (int k = 0; k < timed; k++) {
                dreamer.trainStep(reward);
                for (int p = 0; p < 3; p++) {
                    ms[p][k] = dreamer.lastPhaseMillis[p];
                }
            }
            float[] obs = gaussian(r, OBS);
            // plain-Java acting: enough calls for the JIT to compile it before timing
            int acts = 2000;
            for (int i = 0; i < 2000; i++) {
                dreamer.act(obs, false);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < acts; i++) {
                dreamer.act(obs, false);
            }
            double actMs = (System.nanoTime() - t0) / 1e6 / acts;
            return new double[] {median(ms[0]), median(ms[1]), median(ms[2]), actMs};
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static float[] gaussian(SplittableRandom r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) Math.max(-1, Math.min(1, 0.5 * (Math.sqrt(-2 * Math.log(1 - r.nextDouble()))
                    * Math.cos(2 * Math.PI * r.nextDouble()))));
        }
        return x;
    }
}
