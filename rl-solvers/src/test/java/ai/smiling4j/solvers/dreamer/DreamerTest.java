package ai.smiling4j.solvers.dreamer;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.SoftQLearning;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.api.plugin.SolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DreamerTest {
    private static final Map<String, Object> TINY = Map.ofEntries(Map.entry("deter", 16), Map.entry("latents", 4),
            Map.entry("classes", 4), Map.entry("hidden", 16), Map.entry("layers", 1), Map.entry("batch-size", 4),
            Map.entry("batch-length", 8), Map.entry("train-ratio", 32), Map.entry("seed-steps", 20),
            Map.entry("horizon", 5), Map.entry("replay-capacity", 1000));
    private static final EnvironmentSpec SPEC = new EnvironmentSpec("test", Box.unbounded(2), Box.uniform(1, -1, 1),
            20, -1, 0);

    record Context(long seed) implements PluginContext {
        @Override
        public Path workDirectory() {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }

        @Override
        public EnvironmentSpec environment() {
            return SPEC;
        }

        @Override
        public ScoreModel newScoreModel(int dimension) {
            throw new UnsupportedOperationException("no score models in solver tests");
        }
    }

    private static RLSolver create(Map<String, Object> options, long seed) {
        return new DreamerProvider().create(DreamerSettings.SCHEMA.resolve(options), new Context(seed));
    }

    static float[] observation(long t) {
        return new float[] {(float) Math.sin(0.37 * t), (float) Math.cos(0.37 * t)};
    }

    /** Steps {@code from} to {@code to - 1} of a deterministic task (reward -|a - 0.6|, episodes of 20 steps); the actions taken. */
    static List<float[]> run(RLSolver solver, long from, long to, List<Map<String, Double>> diagnostics) {
        List<float[]> actions = new ArrayList<>();
        for (long t = from; t < to; t++) {
            if (t % 20 == 0) {
                solver.startEpisode(false);
            }
            float[] a = solver.act(observation(t), false);
            actions.add(a);
            solver.observe(new Transition(observation(t), a, -Math.abs(a[0] - 0.6), observation(t + 1), false,
                    (t + 1) % 20 == 0));
            Map<String, Double> d = solver.update(RewardFunction.taskReward());
            if (!d.isEmpty()) {
                diagnostics.add(d);
            }
        }
        return actions;
    }

    @Test
    void presetsAndProvider() {
        DreamerSettings paper = DreamerSettings.from(DreamerSettings.SCHEMA.resolve(Map.of()));
        assertEquals(List.of(1024, 32, 32, 640, 3, 16, 64, 64, 15), List.of(paper.deter(), paper.latents(),
                paper.classes(), paper.hidden(), paper.layers(), paper.batchSize(), paper.batchLength(),
                paper.trainRatio(), paper.horizon()));
        assertEquals(List.of(1e-4, 3e-5, 3e-5, 0.997, 0.95, 1.0, 0.5, 0.1, 0.01, 0.02), List.of(paper.modelLr(),
                paper.actorLr(), paper.criticLr(), paper.gamma(), paper.lambda(), paper.freeBits(), paper.klDynamics(),
                paper.klRepresentation(), paper.unimix(), paper.slowCriticRate()));
        assertEquals(255, paper.bins());
        DreamerSettings small = DreamerSettings.from(DreamerSettings.SCHEMA.resolve(Map.of("preset", "small", "horizon", 10)));
        assertEquals(List.of(128, 8, 8, 128, 2, 8, 32, 16, 10), List.of(small.deter(), small.latents(),
                small.classes(), small.hidden(), small.layers(), small.batchSize(), small.batchLength(),
                small.trainRatio(), small.horizon()));
        SolverProvider dreamer = ServiceLoader.load(SolverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("dreamer")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of(), dreamer.capabilities(dreamer.options().resolve(Map.of())));
        try (RLSolver solver = create(TINY, 0)) {
            assertTrue(solver.capability(SoftQLearning.class).isEmpty(), "no soft-Q critic");
            assertThrows(UnsupportedOperationException.class, () -> solver.act(new float[][] {{0, 1}, {1, 0}}, true));
        }
    }

    @Test
    void trainsOnceEveryStepsPerUpdateOverTrainRatioStepsAfterTheSeedPhase() {
        Map<String, Object> options = new HashMap<>(TINY);
        options.put("train-ratio", 8); // batch 4 x 8 = 32 replayed steps per update: one update every 4 steps
        try (RLSolver solver = create(options, 1)) {
            List<Map<String, Double>> diagnostics = new ArrayList<>();
            run(solver, 0, 60, diagnostics);
            assertEquals(10, diagnostics.size(), "steps 20..59 train 40 / 4 times");
            assertTrue(diagnostics.get(0).keySet().containsAll(List.of("model-loss", "decoder-loss", "reward-loss",
                    "continue-loss", "kl-loss", "actor-loss", "critic-loss", "entropy", "return-scale")));
            for (Map<String, Double> d : diagnostics) {
                d.values().forEach(v -> assertTrue(Double.isFinite(v), d.toString()));
            }
            float[] a = solver.act(observation(3), true);
            assertTrue(a[0] >= -1 && a[0] <= 1);
        }
    }

    @Test
    void saveThenLoadContinuesExactlyLikeAnUninterruptedRun(@TempDir Path dir) throws Exception {
        List<float[]> uninterrupted;
        try (RLSolver a = create(TINY, 5)) {
            uninterrupted = run(a, 0, 50, new ArrayList<>());
            a.save(dir.resolve("a"));
        }
        try (RLSolver b = create(TINY, 5)) {
            List<float[]> first = run(b, 0, 33, new ArrayList<>());
            for (int t = 0; t < 33; t++) {
                assertArrayEquals(uninterrupted.get(t), first.get(t), "same seed, same action at step " + t);
            }
            b.save(dir.resolve("b"));
        }
        try (RLSolver c = create(TINY, 99)) {
            c.load(dir.resolve("b"));
            List<float[]> rest = run(c, 33, 50, new ArrayList<>());
            for (int t = 33; t < 50; t++) {
                assertArrayEquals(uninterrupted.get(t), rest.get(t - 33), "resumed action at step " + t);
            }
            c.save(dir.resolve("c"));
        }
        try (var files = Files.list(dir.resolve("a"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("c").resolve(f.getFileName())),
                        f.getFileName() + " differs after resuming");
            }
        }
    }

    @Test
    void worldModelLossFallsOnATinyDeterministicTask() {
        Map<String, Object> options = new HashMap<>(TINY);
        options.put("model-lr", 3e-3);
        try (RLSolver solver = create(options, 2)) {
            List<Map<String, Double>> d = new ArrayList<>();
            run(solver, 0, 320, d);
            double early = d.subList(0, 5).stream().mapToDouble(m -> m.get("model-loss")).average().orElseThrow();
            double late = d.subList(d.size() - 20, d.size()).stream().mapToDouble(m -> m.get("model-loss")).average()
                    .orElseThrow();
            double earlyDecoder = d.get(0).get("decoder-loss");
            double lateDecoder = d.get(d.size() - 1).get("decoder-loss");
            assertTrue(late < 0.6 * early, "world-model loss " + early + " -> " + late);
            assertTrue(lateDecoder < 0.3 * earlyDecoder, "decoder loss " + earlyDecoder + " -> " + lateDecoder);
        }
    }
}
