package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.ExportablePolicy;
import ai.smiling4j.api.PolicyLikelihood;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.SoftQLearning;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.SolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SacTest {
    private static final Map<String, Object> TINY = Map.of("hidden", 16, "batch-size", 8, "seed-steps", 20,
            "replay-capacity", 1000);
    private static final TargetTask TASK = new TargetTask(0.6f);

    private static RLSolver tiny(long seed) {
        return new SacProvider().create(TestContext.options(TINY), new TestContext(seed, TASK.spec()));
    }

    @Test
    void presetsFillOnlyWhatTheConfigurationLeavesOpen() {
        SacSettings paper = SacSettings.from(TestContext.options(Map.of()));
        assertEquals(List.of(1024, 2, 1024, 5000, 1_000_000), List.of(paper.hidden(), paper.layers(),
                paper.batchSize(), paper.seedSteps(), paper.replayCapacity()));
        assertEquals(List.of(1e-4, 1e-4, 1e-4, 0.99, 0.005, 0.1), List.of(paper.actorLr(), paper.criticLr(),
                paper.temperatureLr(), paper.gamma(), paper.tau(), paper.initTemperature()));
        assertEquals(2, paper.targetUpdateEvery());
        SacSettings small = SacSettings.from(TestContext.options(Map.of("preset", "small", "batch-size", 32)));
        assertEquals(List.of(256, 32, 1000), List.of(small.hidden(), small.batchSize(), small.seedSteps()));
    }

    @Test
    void providerIsFoundAndOffersSoftQLearningAndLikelihood() {
        SolverProvider sac = ServiceLoader.load(SolverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("sac")).findFirst().orElseThrow();
        Options options = sac.options().resolve(TINY);
        assertEquals(java.util.Set.of(SoftQLearning.class, PolicyLikelihood.class, ExportablePolicy.class), sac.capabilities(options));
        try (RLSolver solver = sac.create(options, new TestContext(0, TASK.spec()))) {
            assertTrue(solver.capability(SoftQLearning.class).isPresent());
            assertTrue(solver.capability(PolicyLikelihood.class).isPresent());
            assertTrue(solver.capability(Runnable.class).isEmpty());
        }
    }

    @Test
    void seedPhaseActsUniformlyInTheBoxThenTrainsOncePerStep() {
        Box box = new Box(new float[] {-3, 0}, new float[] {1, 10});
        try (RLSolver solver = new SacProvider().create(TestContext.options(TINY),
                new TestContext(1, TestContext.spec(2, box)))) {
            double mean0 = 0;
            for (int t = 0; t < 20; t++) {
                float[] a = solver.act(new float[] {t, -t}, false);
                assertTrue(box.contains(a));
                mean0 += a[0] / 20;
                solver.observe(new Transition(new float[] {t, -t}, a, 0, new float[] {t + 1, -t}, false, false));
                if (t < 19) {
                    assertEquals(Map.of(), solver.update(RewardFunction.taskReward()));
                }
            }
            assertTrue(mean0 > -2.5 && mean0 < 0.5, "uniform over [-3, 1], mean " + mean0);
            Map<String, Double> d = solver.update(RewardFunction.taskReward());
            assertEquals(List.of("critic-loss", "actor-loss", "temperature-loss", "alpha", "entropy"), List.copyOf(d.keySet()));
            assertEquals(0.1, d.get("alpha"), 1e-6);
            assertTrue(box.contains(solver.act(new float[] {0, 0}, true)));
            assertTrue(box.contains(solver.act(new float[] {0, 0}, false)));
        }
    }

    @Test
    void actingOnABatchEqualsActingOnEachRowInTurn() {
        float[][] batch = {{0.1f}, {-0.4f}, {0.9f}};
        try (RLSolver a = tiny(8); RLSolver b = tiny(8)) {
            TASK.run(a, 0, 30);
            TASK.run(b, 0, 30);
            for (boolean deterministic : new boolean[] {true, false}) {
                float[][] together = a.act(batch, deterministic);
                for (int i = 0; i < batch.length; i++) {
                    assertArrayEquals(b.act(batch[i], deterministic), together[i], "row " + i + ", deterministic " + deterministic);
                }
            }
        }
    }

    @Test
    void saveThenLoadContinuesExactlyLikeAnUninterruptedRun(@TempDir Path dir) throws Exception {
        List<float[]> uninterrupted;
        try (RLSolver a = tiny(5)) {
            uninterrupted = TASK.run(a, 0, 60);
            a.save(dir.resolve("a"));
        }
        try (RLSolver b = tiny(5)) {
            List<float[]> first = TASK.run(b, 0, 35);
            for (int t = 0; t < 35; t++) {
                assertArrayEquals(uninterrupted.get(t), first.get(t), "same seed, same action at step " + t);
            }
            b.save(dir.resolve("b"));
        }
        try (RLSolver c = tiny(99)) {
            c.load(dir.resolve("b"));
            List<float[]> rest = TASK.run(c, 35, 60);
            for (int t = 35; t < 60; t++) {
                assertArrayEquals(uninterrupted.get(t), rest.get(t - 35), "resumed action at step " + t);
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
    void behaviourCloningRaisesTheLikelihoodOfTheExpertActions() {
        SplittableRandom r = new SplittableRandom(2);
        float[] obs = new float[64];
        float[] act = new float[64];
        for (int i = 0; i < 64; i++) {
            obs[i] = (float) r.nextDouble(-1, 1);
            act[i] = i == 0 ? 1f : 0.5f * obs[i];
        }
        FloatMatrix o = new FloatMatrix(64, 1, obs);
        FloatMatrix a = new FloatMatrix(64, 1, act);
        Map<String, Object> raw = new java.util.HashMap<>(TINY);
        raw.put("likelihood-lr", 1e-2);
        try (RLSolver solver = new SacProvider().create(TestContext.options(raw), new TestContext(3, TASK.spec()))) {
            PolicyLikelihood bc = solver.capability(PolicyLikelihood.class).orElseThrow();
            double before = bc.logLikelihood(o, a);
            assertTrue(Double.isFinite(before), "an action at the bound is clamped");
            assertEquals(-before, bc.maximizeLikelihoodStep(o, a), 1e-4);
            for (int k = 0; k < 100; k++) {
                bc.maximizeLikelihoodStep(o, a);
            }
            double after = bc.logLikelihood(o, a);
            assertTrue(after > before + 1, "log-likelihood " + before + " -> " + after);
            float[] mode = solver.act(new float[] {0.8f}, true);
            assertEquals(0.4, mode[0], 0.15);
        }
    }

    @Test
    void aCriticObjectiveReplacesTheTemporalDifferenceLoss() {
        AtomicInteger calls = new AtomicInteger();
        double[] last = new double[1];
        try (RLSolver solver = tiny(4)) {
            solver.capability(SoftQLearning.class).orElseThrow().useCriticObjective((softQ, batch) -> {
                calls.incrementAndGet();
                var obs = softQ.manager().create(batch.observations().data(), new ai.djl.ndarray.types.Shape(batch.size(), 1));
                var act = softQ.manager().create(batch.actions().data(), new ai.djl.ndarray.types.Shape(batch.size(), 1));
                var loss = softQ.value(obs).mul(1 - softQ.discount()).sub(softQ.q(obs, act)).mean();
                last[0] = loss.toFloatArray()[0];
                return loss;
            });
            TASK.run(solver, 0, 30);
            assertEquals(11, calls.get(), "one critic update per step from step 20");
            double reported = solver.update(RewardFunction.taskReward()).get("critic-loss");
            assertEquals(last[0], reported, 1e-6);
        }
    }
}
