package ai.smiling4j.divergences.iqlearn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.SoftQ;
import ai.smiling4j.api.SoftQLearning;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.TransitionBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IqLearnDivergenceTest {
    private final NDManager manager = NDManager.newBaseManager();

    /** Q(s, a) = sum(s) + 2 sum(a), V(s) = 0.5 sum(s) - 1, the policy always acts 0.25, gamma = 0.9. */
    private final SoftQ critic = new SoftQ() {
        @Override
        public NDManager manager() {
            return manager;
        }

        @Override
        public NDArray q(NDArray observations, NDArray actions) {
            return observations.sum(new int[] {1}).add(actions.sum(new int[] {1}).mul(2f));
        }

        @Override
        public NDArray value(NDArray observations) {
            return observations.sum(new int[] {1}).mul(0.5f).sub(1f);
        }

        @Override
        public NDArray policyActions(NDArray observations) {
            return manager.full(new Shape(observations.getShape().get(0), 1), 0.25f);
        }

        @Override
        public double discount() {
            return 0.9;
        }
    };

    @AfterEach
    void close() {
        manager.close();
    }

    private IqLearnLoss.Transitions transitions(float[] s, float[] a, float[] next, float[] notDone) {
        return new IqLearnLoss.Transitions(manager.create(s, new Shape(s.length, 1)), manager.create(a, new Shape(a.length, 1)),
                manager.create(next, new Shape(next.length, 1)), manager.create(notDone));
    }

    // expert: (s, a, s', done) = (1, 0.5, 2, no), (3, -1, 0, yes); learner: (0, 1, 1, no)
    // Q: expert 2, 1; learner 2.   V(s'): 0, -1; -0.5.   gamma (1 - done) V(s'): 0, 0; -0.45
    // r = Q - gamma (1 - done) V(s'): expert 2, 1; learner 2.45.   V(s): -0.5, 0.5; -1
    private IqLearnLoss.Terms terms(IqLearnLoss.Form form, boolean expertOnly) {
        IqLearnLoss.Transitions expert = transitions(new float[] {1, 3}, new float[] {0.5f, -1}, new float[] {2, 0},
                new float[] {1, 0});
        IqLearnLoss.Transitions learner = transitions(new float[] {0}, new float[] {1}, new float[] {1}, new float[] {1});
        NDArray initial = manager.create(new float[] {1, 5}, new Shape(2, 1));
        return IqLearnLoss.loss(critic, expert, learner, form, initial, 0.5, expertOnly);
    }

    @Test
    void valueFormMatchesHandComputation() {
        IqLearnLoss.Terms t = terms(IqLearnLoss.Form.VALUE, false);
        assertEquals(-1.5, t.expertTerm().getFloat(), 1e-6);                       // -(2 + 1) / 2
        assertEquals(-0.55 / 3, t.valueTerm().getFloat(), 1e-6);                   // mean(-0.5 - 0, 0.5 - 0, -1 + 0.45)
        assertEquals(0.5 * (4 + 1 + 2.45 * 2.45) / 3, t.chi2Term().getFloat(), 1e-6); // 1/(4 alpha) mean r^2 over the mix
        assertEquals(-1.5 - 0.55 / 3 + 0.5 * 11.0025 / 3, t.loss().getFloat(), 1e-6);
        assertArrayEquals(new float[] {2, 1}, t.expertRewards().toFloatArray(), 1e-6f);
        assertArrayEquals(new float[] {2.45f}, t.learnerRewards().toFloatArray(), 1e-6f);
    }

    @Test
    void v0FormMatchesHandComputation() {
        IqLearnLoss.Terms t = terms(IqLearnLoss.Form.V0, true);
        assertEquals(-1.5, t.expertTerm().getFloat(), 1e-6);
        assertEquals((1 - 0.9) * (-0.5 + 1.5) / 2, t.valueTerm().getFloat(), 1e-6); // (1 - gamma) mean V(s0), s0 = 1, 5
        assertEquals(0.5 * (4 + 1) / 2, t.chi2Term().getFloat(), 1e-6);           // expert batch only
        assertEquals(-1.5 + 0.05 + 1.25, t.loss().getFloat(), 1e-6);
    }

    private static Demonstrations oneStepEpisodes(int n) {
        // every expert transition is (1, 0.5, 2, not done): any draw of the expert batch gives the same loss
        Episode e = new Episode(FloatMatrix.ofRows(new float[] {1}, new float[] {2}), FloatMatrix.ofRows(new float[] {0.5f}),
                new float[1], new boolean[1], new boolean[] {true});
        return new Demonstrations(java.util.Collections.nCopies(n, e), Map.of());
    }

    private static TransitionBatch learnerBatch() {
        return new TransitionBatch(new long[] {7}, FloatMatrix.ofRows(new float[] {0}), FloatMatrix.ofRows(new float[] {1}),
                new float[1], FloatMatrix.ofRows(new float[] {1}), new boolean[1]);
    }

    @Test
    void objectiveDrawsItsExpertBatchFromTheDemonstrations(@TempDir Path dir) throws Exception {
        IqLearnProvider p = new IqLearnProvider();
        IqLearnDivergence iq = new IqLearnDivergence(IqLearnLoss.Form.VALUE, false, 0.5, 3, true, 1);
        iq.fitExpert(oneStepEpisodes(4));
        float loss = iq.criticObjective().orElseThrow().loss(critic, learnerBatch()).getFloat();
        // expert term -2; value term (3 (-0.5) - 0.55) / 4; chi^2 0.5 (3 * 4 + 2.45^2) / 4
        assertEquals(-2 - 2.05 / 4 + 0.5 * 18.0025 / 4, loss, 1e-6);
        Map<String, Double> d = iq.diagnostics();
        assertEquals(2, d.get("expert_reward_mean"), 1e-6);
        assertEquals(2.45, d.get("learner_reward_mean"), 1e-6);
        assertArrayEquals(new float[1], iq.rewards(learnerBatch()));
        iq.save(dir);
        IqLearnDivergence back = new IqLearnDivergence(IqLearnLoss.Form.VALUE, false, 0.5, 3, true, 1);
        back.load(dir);
        assertEquals(d, back.diagnostics());
        assertEquals(loss, back.criticObjective().orElseThrow().loss(critic, learnerBatch()).getFloat(), 1e-6);
        assertTrue(p.requirements(p.options().resolve(Map.of())).solverCapabilities().contains(SoftQLearning.class));
    }

    @Test
    void v0FormUsesTheFirstStatesOfTheExpertEpisodes() {
        IqLearnDivergence iq = new IqLearnDivergence(IqLearnLoss.Form.V0, true, 0.5, 2, true, 1);
        iq.fitExpert(oneStepEpisodes(3));
        iq.criticObjective().orElseThrow().loss(critic, learnerBatch());
        assertEquals(0.1 * -0.5, iq.diagnostics().get("value_term"), 1e-6); // (1 - gamma) V(1)
    }

    @Test
    void stateOnlyPairsExpertStatesWithPolicyActions() {
        IqLearnProvider p = new IqLearnProvider();
        var stateOnly = p.requirements(p.options().resolve(Map.of()));
        assertTrue(!stateOnly.actions() && stateOnly.interaction());
        assertTrue(p.requirements(p.options().resolve(Map.of("input", "state-action"))).actions());
        assertEquals(1, stateOnly.unmetBy("iq-learn", false, "dreamer", Set.of()).size());
        assertEquals(List.of(), stateOnly.unmetBy("iq-learn", false, "sac", Set.of(SoftQLearning.class)));

        IqLearnDivergence iq = new IqLearnDivergence(IqLearnLoss.Form.VALUE, false, 0.5, 3, false, 1);
        iq.fitExpert(oneStepEpisodes(4));
        iq.criticObjective().orElseThrow().loss(critic, learnerBatch());
        // expert (s, a', s') = (1, 0.25, 2): Q = 1 + 0.5 = 1.5, gamma V(s') = 0 -> reward 1.5 (with the expert's 0.5: 2)
        assertEquals(1.5, iq.diagnostics().get("expert_reward_mean"), 1e-6);
    }
}
