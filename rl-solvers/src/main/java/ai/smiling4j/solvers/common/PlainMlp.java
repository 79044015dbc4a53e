package ai.smiling4j.solvers.common;

import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Mlp;

/**
 * A snapshot of an {@link Mlp}'s values run in plain Java, for batch-1 inference without engine
 * calls. Each layer keeps its weight transposed, so that the product is a sum of input-scaled
 * weight rows (a loop the JIT vectorizes) and inputs that are zero, half of them after a ReLU,
 * cost nothing. Not thread-safe: it reuses its scratch arrays.
 */
public final class PlainMlp {
    private final int[] sizes;
    private final Activation activation;
    private final float[][] transposedWeights;
    private final float[][] biases;
    private final float[][] scratch;

    /** A snapshot of the current values of {@code mlp}. */
    public PlainMlp(Mlp mlp) {
        sizes = mlp.sizes();
        activation = mlp.activation();
        int depth = mlp.depth();
        transposedWeights = new float[depth][];
        biases = new float[depth][];
        scratch = new float[depth][];
        for (int l = 0; l < depth; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            float[] w = mlp.weight(l).toFloatArray();
            float[] t = new float[in * out];
            for (int i = 0; i < out; i++) {
                for (int j = 0; j < in; j++) {
                    t[j * out + i] = w[i * in + j];
                }
            }
            transposedWeights[l] = t;
            biases[l] = mlp.bias(l).toFloatArray();
            scratch[l] = new float[out];
        }
    }

    /** The output for one input; the returned array is reused by the next call. */
    public float[] forward(float[] x) {
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException("this network takes inputs of size " + sizes[0] + ", got " + x.length);
        }
        float[] h = x;
        for (int l = 0; l < transposedWeights.length; l++) {
            float[] y = scratch[l];
            dense(h, transposedWeights[l], biases[l], y);
            if (l + 1 < transposedWeights.length) {
                activate(y);
            }
            h = y;
        }
        return h;
    }

    /**
     * The outputs for a batch of inputs, in new arrays. Each weight row is read once for the whole
     * batch, so a batch of n costs far less than n single calls when the weights outgrow the cache.
     */
    public float[][] forward(float[][] xs) {
        if (xs.length == 0) {
            return new float[0][];
        }
        float[][] h = new float[xs.length][];
        for (int b = 0; b < xs.length; b++) {
            if (xs[b].length != sizes[0]) {
                throw new IllegalArgumentException("this network takes inputs of size " + sizes[0] + ", got " + xs[b].length);
            }
            h[b] = xs[b];
        }
        for (int l = 0; l < transposedWeights.length; l++) {
            float[][] y = new float[xs.length][];
            for (int b = 0; b < xs.length; b++) {
                y[b] = biases[l].clone();
            }
            denseBatch(h, transposedWeights[l], y);
            if (l + 1 < transposedWeights.length) {
                for (float[] row : y) {
                    activate(row);
                }
            }
            h = y;
        }
        return h;
    }

    private static void denseBatch(float[][] xs, float[] transposed, float[][] ys) {
        int in = xs[0].length;
        int out = ys[0].length;
        for (int j = 0; j < in; j++) {
            int row = j * out;
            for (int b = 0; b < xs.length; b++) {
                float xj = xs[b][j];
                if (xj != 0) {
                    float[] y = ys[b];
                    for (int i = 0; i < out; i++) {
                        y[i] += xj * transposed[row + i];
                    }
                }
            }
        }
    }

    private static void dense(float[] x, float[] transposed, float[] bias, float[] y) {
        int out = y.length;
        System.arraycopy(bias, 0, y, 0, out);
        for (int j = 0; j < x.length; j++) {
            float xj = x[j];
            if (xj != 0) {
                int row = j * out;
                for (int i = 0; i < out; i++) {
                    y[i] += xj * transposed[row + i];
                }
            }
        }
    }

    private void activate(float[] y) {
        for (int i = 0; i < y.length; i++) {
            float v = y[i];
            y[i] = switch (activation) {
                case IDENTITY -> v;
                case RELU -> Math.max(v, 0f);
                case LEAKY_RELU -> v > 0 ? v : Activation.LEAKY_RELU_SLOPE * v;
                case SILU -> (float) (v / (1 + Math.exp(-v)));
                case TANH -> (float) Math.tanh(v);
            };
        }
    }
}
