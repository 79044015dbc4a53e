package ai.smiling4j.solvers.dreamer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DreamerV3's recurrent state-space model. The deterministic state {@code h} is a GRU with a
 * normalized gate layer, fed by a normalized projection of the previous stochastic state and
 * action; the stochastic state {@code z} is {@link Categorical}, predicted from {@code h} alone
 * (prior, for imagination) or from {@code h} and the observation's embedding (posterior).
 */
final class Rssm {
    private final int deter;
    private final Categorical latent;
    private final NormMlp input;
    private final NormMlp gates;
    private final NormMlp prior;
    private final NormMlp posterior;

    Rssm(NDManager manager, int deter, Categorical latent, int actDim, int embed, int hidden, SplittableRandom random) {
        this.deter = deter;
        this.latent = latent;
        int stoch = latent.size();
        input = NormMlp.create(manager, stoch + actDim, hidden, 1, 0, false, ai.smiling4j.api.nn.Activation.SILU, random);
        gates = NormMlp.create(manager, hidden + deter, 3 * deter, 1, 0, false, ai.smiling4j.api.nn.Activation.IDENTITY, random);
        prior = NormMlp.create(manager, deter, hidden, 1, stoch, false, ai.smiling4j.api.nn.Activation.SILU, random);
        posterior = NormMlp.create(manager, deter + embed, hidden, 1, stoch, false, ai.smiling4j.api.nn.Activation.SILU, random);
    }

    int deterSize() {
        return deter;
    }

    Categorical latent() {
        return latent;
    }

    /**
     * The next deterministic state: {@code r = sigmoid(x_r)}, {@code c = tanh(r x_c)}, {@code u = sigmoid(x_u - 1)},
     * {@code h' = u c + (1 - u) h} with {@code x = LN(W [in(z, a), h])}.
     */
    NDArray step(NDArray h, NDArray z, NDArray action) {
        NDArray x = input.forward(z.concat(action, 1));
        List<NDArray> parts = gates.forward(x.concat(h, 1)).split(3, 1);
        NDArray reset = Activation.sigmoid(parts.get(0));
        NDArray candidate = reset.mul(parts.get(1)).tanh();
        NDArray update = Activation.sigmoid(parts.get(2).sub(1));
        return update.mul(candidate).add(update.neg().add(1).mul(h));
    }

    /** Prior logits {@code (n, latents * classes)} from {@code h}. */
    NDArray priorLogits(NDArray h) {
        return prior.forward(h);
    }

    /** Posterior logits from {@code h} and the observation's embedding. */
    NDArray posteriorLogits(NDArray h, NDArray embedding) {
        return posterior.forward(h.concat(embedding, 1));
    }

    /** A snapshot of the current values for batch-1 inference in plain Java. */
    Plain plain() {
        return new Plain(input.plain(), gates.plain(), prior.plain(), posterior.plain());
    }

    /** {@link Rssm}'s step and posterior on single rows of plain arrays; not thread-safe. */
    record Plain(PlainNormMlp input, PlainNormMlp gates, PlainNormMlp prior, PlainNormMlp posterior) {
        /** The next deterministic state, as {@link Rssm#step}. */
        float[] step(float[] h, float[] z, float[] action) {
            float[] x = input.forward(concat(z, action));
            float[] g = gates.forward(concat(x, h));
            int d = h.length;
            float[] next = new float[d];
            for (int i = 0; i < d; i++) {
                float reset = sigmoid(g[i]);
                float candidate = (float) StrictMath.tanh(reset * g[d + i]);
                float update = sigmoid(g[2 * d + i] - 1);
                next[i] = update * candidate + (1 - update) * h[i];
            }
            return next;
        }

        /** Prior logits from {@code h}. */
        float[] priorLogits(float[] h) {
            return prior.forward(h);
        }

        /** Posterior logits from {@code h} and the observation's embedding. */
        float[] posteriorLogits(float[] h, float[] embedding) {
            return posterior.forward(concat(h, embedding));
        }

        private static float sigmoid(float x) {
            return (float) (1 / (1 + StrictMath.exp(-x)));
        }
    }

    static float[] concat(float[] a, float[] b) {
        float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>(input.parameters());
        all.addAll(gates.parameters());
        all.addAll(prior.parameters());
        all.addAll(posterior.parameters());
        return all;
    }
}
