package ai.smiling4j.solvers.dreamer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.nn.Scalars;

/**
 * The RSSM's stochastic state: {@code latents} independent categoricals of {@code classes} classes,
 * flattened to {@code latents * classes} one-hot features. Probabilities mix 1% uniform into the
 * softmax (unimix), samples pass gradients straight through to the probabilities, and the
 * world-model's KL term is balanced between its dynamics and representation parts with free bits.
 */
record Categorical(int latents, int classes, double unimix) {

    int size() {
        return latents * classes;
    }

    /** Probabilities {@code (n, latents, classes)} from logits {@code (n, latents * classes)}. */
    NDArray probabilities(NDArray logits) {
        NDArray p = logits.reshape(-1, latents, classes).softmax(2);
        return unimix == 0 ? p : Scalars.mul(p, 1 - unimix).add((float) (unimix / classes));
    }

    /**
     * One-hot samples {@code (n, latents * classes)} by inverse CDF, one uniform number per latent
     * ({@code uniforms} of length {@code n * latents}), plus {@code p - stopGradient(p)}: the value is
     * the one-hot sample, the gradient that of the probabilities (straight-through).
     */
    NDArray sample(NDArray probabilities, float[] uniforms) {
        long n = probabilities.getShape().get(0);
        NDArray u = probabilities.getManager().create(uniforms, new Shape(n, latents, 1));
        NDArray below = probabilities.cumSum(2).lt(u).toType(DataType.INT64, false).sum(new int[] {2});
        NDArray hot = below.clip(0, classes - 1).oneHot(classes);
        return hot.add(probabilities.sub(probabilities.stopGradient())).reshape(n, size());
    }

    /** The most likely class of every latent, one-hot {@code (n, latents * classes)}. */
    NDArray mode(NDArray probabilities) {
        long n = probabilities.getShape().get(0);
        return probabilities.argMax(2).oneHot(classes).reshape(n, size());
    }

    /** {@link #probabilities(NDArray)} of one row of logits, flat {@code (latents * classes)}. */
    float[] probabilities(float[] logits) {
        float[] p = new float[logits.length];
        for (int l = 0; l < latents; l++) {
            int o = l * classes;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[o + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                double e = StrictMath.exp(logits[o + c] - max);
                p[o + c] = (float) e;
                sum += e;
            }
            for (int c = 0; c < classes; c++) {
                float q = (float) (p[o + c] / sum);
                p[o + c] = unimix == 0 ? q : q * (float) (1 - unimix) + (float) (unimix / classes);
            }
        }
        return p;
    }

    /** {@link #sample(NDArray, float[])} of one row (its value; no gradients here), one uniform per latent. */
    float[] sample(float[] probabilities, float[] uniforms) {
        float[] hot = new float[probabilities.length];
        for (int l = 0; l < latents; l++) {
            int o = l * classes;
            float cumulative = 0;
            int below = 0;
            for (int c = 0; c < classes; c++) {
                cumulative += probabilities[o + c];
                if (cumulative < uniforms[l]) {
                    below++;
                }
            }
            hot[o + Math.min(below, classes - 1)] = 1;
        }
        return hot;
    }

    /** {@link #mode(NDArray)} of one row: the first most likely class of every latent, one-hot. */
    float[] mode(float[] probabilities) {
        float[] hot = new float[probabilities.length];
        for (int l = 0; l < latents; l++) {
            int o = l * classes;
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (probabilities[o + c] > probabilities[o + best]) {
                    best = c;
                }
            }
            hot[o + best] = 1;
        }
        return hot;
    }

    /** KL(p || q) summed over the latents, per row {@code (n)}. */
    static NDArray kl(NDArray p, NDArray q) {
        return p.mul(p.log().sub(q.log())).sum(new int[] {1, 2});
    }

    /**
     * DreamerV3's KL loss per row: {@code dynScale max(freeBits, KL(sg(post) || prior)) + repScale
     * max(freeBits, KL(post || sg(prior)))}.
     */
    static NDArray balancedKl(NDArray posterior, NDArray prior, double freeBits, double dynScale, double repScale) {
        NDArray dyn = Scalars.maximum(kl(posterior.stopGradient(), prior), freeBits);
        NDArray rep = Scalars.maximum(kl(posterior, prior.stopGradient()), freeBits);
        return Scalars.mul(dyn, dynScale).add(Scalars.mul(rep, repScale));
    }
}
