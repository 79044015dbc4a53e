package ai.smiling4j.solvers.dreamer;

import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.solvers.common.PlainMlp;

/**
 * A snapshot of a {@link NormMlp}'s values run in plain Java, for batch-1 inference without
 * engine calls: each dense layer is a {@link PlainMlp}, LayerNorm and the activation are loops
 * here. Transcendentals use {@link StrictMath} (as in the rest of the acting path): the JIT's
 * Math.exp and Math.tanh round differently from the interpreter's, which would make a run's actions
 * depend on when methods get compiled. Not thread-safe (the dense layers reuse their scratch arrays).
 */
final class PlainNormMlp {
    private final PlainMlp[] hidden;
    private final float[][] scales;
    private final float[][] offsets;
    private final PlainMlp output;
    private final Activation activation;
    private final float epsilon;

    PlainNormMlp(PlainMlp[] hidden, float[][] scales, float[][] offsets, PlainMlp output, Activation activation,
                 float epsilon) {
        if (activation != Activation.SILU && activation != Activation.IDENTITY) {
            throw new IllegalArgumentException("plain NormMlp supports SiLU and identity, got " + activation);
        }
        this.hidden = hidden;
        this.scales = scales;
        this.offsets = offsets;
        this.output = output;
        this.activation = activation;
        this.epsilon = epsilon;
    }

    /** The output for one input, in a new array. */
    float[] forward(float[] x) {
        float[] h = x;
        for (int l = 0; l < hidden.length; l++) {
            h = normalize(hidden[l].forward(h), scales[l], offsets[l]);
        }
        return output == null ? h : output.forward(h).clone();
    }

    /** LayerNorm (biased variance, like PyTorch's) then the activation, into a new array. */
    private float[] normalize(float[] x, float[] scale, float[] offset) {
        int n = x.length;
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= n;
        double variance = 0;
        for (float v : x) {
            double d = v - mean;
            variance += d * d;
        }
        variance /= n;
        double inverse = 1 / Math.sqrt(variance + epsilon);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            float v = (float) ((x[i] - mean) * inverse) * scale[i] + offset[i];
            y[i] = activation == Activation.SILU ? (float) (v / (1 + StrictMath.exp(-v))) : v;
        }
        return y;
    }
}
