package ai.smiling4j.divergences.bc;

import ai.smiling4j.api.PolicyLikelihood;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BcDivergenceTest {

    /** A state-independent Gaussian policy N(mu, 0.5^2 I) whose mean moves by gradient ascent on the log-likelihood. */
    static final class GaussianPolicy implements RLSolver, PolicyLikelihood {
        private static final double SIGMA = 0.5;
        final double[] mu;
        int steps;

        GaussianPolicy(int actionDim) {
            mu = new double[actionDim];
        }

        @Override
        public double logLikelihood(FloatMatrix observations, FloatMatrix actions) {
            double sum = 0;
            for (int i = 0; i < actions.rows(); i++) {
                for (int j = 0; j < mu.length; j++) {
                    double z = (actions.get(i, j) - mu[j]) / SIGMA;
                    sum += -0.5 * z * z - Math.log(SIGMA) - 0.5 * Math.log(2 * Math.PI);
                }
            }
            return sum / actions.rows();
        }

        @Override
        public double maximizeLikelihoodStep(FloatMatrix observations, FloatMatrix actions) {
            double loss = -logLikelihood(observations, actions);
            for (int j = 0; j < mu.length; j++) {
                double grad = 0;
                for (int i = 0; i < actions.rows(); i++) {
                    grad += (actions.get(i, j) - mu[j]) / (SIGMA * SIGMA);
                }
                mu[j] += 0.05 * grad / actions.rows();
            }
            steps++;
            return loss;
        }

        @Override
        public float[] act(float[] observation, boolean deterministic) {
            float[] a = new float[mu.length];
            for (int j = 0; j < a.length; j++) {
                a[j] = (float) mu[j];
            }
            return a;
        }

        @Override
        public void observe(Transition transition) {
        }

        @Override
        public Map<String, Double> update(RewardFunction reward) {
            return Map.of();
        }

        @Override
        public <C> Optional<C> capability(Class<C> type) {
            return type == PolicyLikelihood.class ? Optional.of(type.cast(this)) : Optional.empty();
        }

        @Override
        public void save(Path directory) {
        }

        @Override
        public void load(Path directory) {
        }

        @Override
        public void close() {
        }
    }

    /** Expert actions alternate between (0.6, -0.2) and (0.8, -0.4): their mean is (0.7, -0.3). */
    private static Demonstrations demos(boolean withActions) {
        int n = 40;
        float[][] obs = new float[n + 1][];
        float[][] act = new float[n][];
        for (int i = 0; i <= n; i++) {
            obs[i] = new float[] {i};
        }
        for (int i = 0; i < n; i++) {
            act[i] = i % 2 == 0 ? new float[] {0.6f, -0.2f} : new float[] {0.8f, -0.4f};
        }
        return new Demonstrations(List.of(new Episode(FloatMatrix.ofRows(obs), withActions ? FloatMatrix.ofRows(act) : null,
                new float[n], new boolean[n], new boolean[n])), Map.of());
    }

    @Test
    void pretrainRaisesTheLikelihoodAndMovesTheMeanToTheExpertActions() {
        BcDivergence bc = new BcDivergence(300, 0, 1);
        GaussianPolicy policy = new GaussianPolicy(2);
        bc.fitExpert(demos(true));
        Map<String, Double> d = bc.pretrain(policy);
        assertEquals(300, policy.steps);
        assertTrue(d.get("log_likelihood") > d.get("initial_log_likelihood") + 1, d.toString());
        assertArrayEquals(new double[] {0.7, -0.3}, policy.mu, 1e-4);
        assertArrayEquals(new float[3], bc.rewards(new TransitionBatch(new long[3], FloatMatrix.zeros(3, 1),
                FloatMatrix.zeros(3, 2), new float[3], FloatMatrix.zeros(3, 1), new boolean[3])));
    }

    @Test
    void minibatchesAlsoConverge() {
        BcDivergence bc = new BcDivergence(400, 8, 2);
        GaussianPolicy policy = new GaussianPolicy(2);
        bc.fitExpert(demos(true));
        bc.pretrain(policy);
        assertArrayEquals(new double[] {0.7, -0.3}, policy.mu, 0.05);
    }

    @Test
    void requirementsRefuseStateOnlyDemonstrationsAndSolversWithoutLikelihood() {
        BcProvider p = new BcProvider();
        var r = p.requirements(p.options().resolve(Map.of()));
        assertFalse(r.interaction());
        assertEquals(1, r.unmetBy("bc", false, "sac", Set.of(PolicyLikelihood.class)).size());
        assertEquals(1, r.unmetBy("bc", true, "dreamer", Set.of()).size());
        assertTrue(r.unmetBy("bc", true, "sac", Set.of(PolicyLikelihood.class)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new BcDivergence(1, 0, 0).fitExpert(demos(false)));
    }

    @Test
    void aLoadedStateDoesNotPretrainAgain(@TempDir Path dir) throws Exception {
        BcDivergence bc = new BcDivergence(50, 0, 1);
        bc.fitExpert(demos(true));
        bc.pretrain(new GaussianPolicy(2));
        bc.save(dir);
        BcDivergence resumed = new BcDivergence(50, 0, 1);
        resumed.load(dir);
        GaussianPolicy policy = new GaussianPolicy(2);
        assertTrue(resumed.pretrain(policy).isEmpty());
        assertEquals(0, policy.steps);
        assertEquals(bc.diagnostics(), resumed.diagnostics());
    }
}
