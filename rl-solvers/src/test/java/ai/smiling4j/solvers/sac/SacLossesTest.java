package ai.smiling4j.solvers.sac;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The SAC equations on one-layer networks whose outputs are easy to write down by hand. */
class SacLossesTest {
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private NDManager m;

    @BeforeEach
    void open() {
        m = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        m.close();
    }

    /** A linear layer with the given weights (row-major (out, in)) and biases. */
    private Mlp linear(int in, int out, float[] w, float[] b) {
        Mlp mlp = Mlp.create(m, new int[] {in, out}, Activation.RELU, Initializer.ORTHOGONAL, new SplittableRandom(0));
        mlp.weight(0).set(w);
        mlp.bias(0).set(b);
        return mlp;
    }

    /** log N(u; mean, std) - log(1 - tanh(u)^2) for one dimension, in doubles. */
    private static double squashedLogProb(double u, double mean, double logStd) {
        double z = (u - mean) / Math.exp(logStd);
        double t = Math.tanh(u);
        return -0.5 * z * z - logStd - HALF_LOG_TWO_PI - Math.log(1 - t * t);
    }

    @Test
    void logStdIsMappedIntoMinusFiveToTwo() {
        NDArray raw = m.create(new float[] {0, 100, -100, 0.5f});
        float[] logStd = SquashedGaussian.boundedLogStd(raw).toFloatArray();
        assertArrayEquals(new float[] {-1.5f, 2f, -5f, (float) (-5 + 3.5 * (Math.tanh(0.5) + 1))}, logStd, 1e-6f);
        assertEquals(-1.5, SquashedGaussian.boundedLogStd(0.0), 1e-12);
    }

    @Test
    void squashedGaussianLogProbIncludesTheTanhCorrection() {
        double mean = 0.3;
        double logStd = -0.5;
        double eps = 0.7;
        double u = mean + Math.exp(logStd) * eps;
        SquashedGaussian pi = new SquashedGaussian(m.create(new float[] {(float) mean}, new Shape(1, 1)),
                m.create(new float[] {(float) logStd}, new Shape(1, 1)));
        SquashedGaussian.Sample s = pi.sample(m.create(new float[] {(float) eps}, new Shape(1, 1)));
        assertEquals(Math.tanh(u), s.action().toFloatArray()[0], 1e-6);
        assertEquals(squashedLogProb(u, mean, logStd), s.logProb().toFloatArray()[0], 1e-5);
        // the same density evaluated at a given pre-squash value, and far out in the tail (stable form)
        NDArray us = m.create(new float[] {(float) u, 8f}, new Shape(2, 1));
        SquashedGaussian twice = new SquashedGaussian(m.create(new float[] {0.3f, 0.3f}, new Shape(2, 1)),
                m.create(new float[] {-0.5f, -0.5f}, new Shape(2, 1)));
        float[] logProb = twice.logProbOfPreSquash(us).toFloatArray();
        assertEquals(squashedLogProb(u, mean, logStd), logProb[0], 1e-5);
        assertEquals(squashedLogProb(8, mean, logStd), logProb[1], 1e-3);
    }

    @Test
    void logProbSumsOverActionDimensions() {
        SquashedGaussian pi = new SquashedGaussian(m.create(new float[] {0.1f, -0.2f}, new Shape(1, 2)),
                m.create(new float[] {-1f, 0.5f}, new Shape(1, 2)));
        float[] lp = pi.sample(m.create(new float[] {0.5f, -1.5f}, new Shape(1, 2))).logProb().toFloatArray();
        double expected = squashedLogProb(0.1 + Math.exp(-1) * 0.5, 0.1, -1)
                + squashedLogProb(-0.2 + Math.exp(0.5) * -1.5, -0.2, 0.5);
        assertEquals(expected, lp[0], 1e-5);
    }

    @Test
    void criticTargetIsRewardPlusDiscountedSoftValueOfTheTargetCritics() {
        // actor: mean = 0.5 s + 0.1, raw log-std = 0 (log std -1.5); target critics Q1 = s + 2a, Q2 = 0.5 s - a + 0.3
        Actor actor = new Actor(linear(1, 2, new float[] {0.5f, 0f}, new float[] {0.1f, 0f}));
        TwinCritic target = new TwinCritic(linear(2, 1, new float[] {1f, 2f}, new float[] {0f}),
                linear(2, 1, new float[] {0.5f, -1f}, new float[] {0.3f}));
        double[] next = {2, -1};
        double[] eps = {0.4, -0.3};
        double[] reward = {0.5, -0.2};
        double[] notTerminated = {1, 0};
        double alpha = 0.1;
        double gamma = 0.99;
        NDArray y = SacLosses.criticTarget(actor, target, m.create(new float[] {0.5f, -0.2f}), m.create(new float[] {1, 0}),
                m.create(new float[] {2, -1}, new Shape(2, 1)), m.create(new float[] {0.4f, -0.3f}, new Shape(2, 1)),
                alpha, gamma);
        double[] expected = new double[2];
        for (int i = 0; i < 2; i++) {
            double mean = 0.5 * next[i] + 0.1;
            double u = mean + Math.exp(-1.5) * eps[i];
            double a = Math.tanh(u);
            double minQ = Math.min(next[i] + 2 * a, 0.5 * next[i] - a + 0.3);
            expected[i] = reward[i] + gamma * notTerminated[i] * (minQ - alpha * squashedLogProb(u, mean, -1.5));
        }
        float[] got = y.toFloatArray();
        assertEquals(expected[0], got[0], 1e-5);
        assertEquals(-0.2, got[1], 1e-6, "no bootstrapping through termination");
    }

    @Test
    void criticLossSumsTheMeanSquaredErrorsOfBothCritics() {
        TwinCritic.QValues q = new TwinCritic.QValues(m.create(new float[] {1, 2}), m.create(new float[] {0, 4}));
        NDArray y = m.create(new float[] {1.5f, 3f});
        // critic 1: (0.25 + 1) / 2 = 0.625; critic 2: (2.25 + 1) / 2 = 1.625
        assertEquals(2.25f, SacLosses.criticLoss(q, y).toFloatArray()[0], 1e-6f);
    }

    @Test
    void actorLossIsAlphaLogPiMinusMinQ() {
        NDArray loss = SacLosses.actorLoss(m.create(new float[] {-1f, 0.5f}), m.create(new float[] {2f, 3f}), 0.1);
        // mean(0.1 * -1 - 2, 0.1 * 0.5 - 3) = mean(-2.1, -2.95)
        assertEquals(-2.525f, loss.toFloatArray()[0], 1e-6f);
    }

    @Test
    void temperatureLossPushesEntropyTowardsItsTarget() {
        NDArray logAlpha = m.create(new float[] {(float) Math.log(0.1)});
        logAlpha.setRequiresGradient(true);
        NDArray logProb = m.create(new float[] {-1f, 0.5f});
        try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
            NDArray loss = SacLosses.temperatureLoss(logAlpha, logProb, -2);
            // -log(0.1) * mean(-1 - 2, 0.5 - 2) = 2.302585 * -2.25
            assertEquals(-5.180816f, loss.toFloatArray()[0], 1e-5f);
            tape.backward(loss);
        }
        // entropy 0.25 is above the target -2: the gradient on log alpha is positive, so alpha shrinks
        assertEquals(2.25f, logAlpha.getGradient().toFloatArray()[0], 1e-6f);
    }

    @Test
    void actorGradientsReachTheActorButNotTheCritics() {
        Actor actor = new Actor(linear(1, 2, new float[] {0.5f, 0.2f}, new float[] {0.1f, 0f}));
        TwinCritic critic = new TwinCritic(linear(2, 1, new float[] {1f, 2f}, new float[] {0f}),
                linear(2, 1, new float[] {0.5f, -1f}, new float[] {0.3f}));
        NDArray obs = m.create(new float[] {2, -1}, new Shape(2, 1));
        try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
            SquashedGaussian.Sample pi = actor.policy(obs).sample(m.create(new float[] {0.4f, -0.3f}, new Shape(2, 1)));
            tape.backward(SacLosses.actorLoss(pi.logProb(), critic.detached(obs, pi.action()).min(), 0.1));
        }
        assertNotEquals(0f, actor.network().weight(0).getGradient().abs().sum().getFloat());
        for (NDArray p : critic.parameters()) {
            assertEquals(0f, p.getGradient().abs().sum().getFloat());
        }
    }

    @Test
    void softUpdateMovesTheTargetByTau() {
        TwinCritic source = new TwinCritic(linear(1, 1, new float[] {3f}, new float[] {1f}),
                linear(1, 1, new float[] {-1f}, new float[] {0f}));
        TwinCritic target = new TwinCritic(linear(1, 1, new float[] {1f}, new float[] {0f}),
                linear(1, 1, new float[] {1f}, new float[] {2f}));
        target.softUpdate(source, 0.1);
        // 0.9 * target + 0.1 * source
        float[] got = new float[4];
        for (int i = 0; i < 4; i++) {
            got[i] = target.parameters().get(i).toFloatArray()[0];
        }
        assertArrayEquals(new float[] {1.2f, 0.1f, 0.8f, 1.8f}, got, 1e-6f);
    }
}
