package ai.smiling4j.solvers.dreamer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * A scalar as a categorical over fixed bins in symlog space (DreamerV3's rewards and values): a
 * value is encoded as weights on its two neighbouring bins whose mean is exactly its symlog, the
 * network's output is read back as symexp of the softmax-weighted mean of the bins, and trained by
 * cross-entropy against the encoding.
 */
final class TwoHot {
    private final float[] bins;

    /** {@code count} bins evenly spaced from {@code low} to {@code high} (symlog space). */
    TwoHot(int count, double low, double high) {
        if (count < 2 || !(high > low)) {
            throw new IllegalArgumentException("two-hot needs at least 2 bins over a non-empty range");
        }
        bins = new float[count];
        for (int k = 0; k < count; k++) {
            bins[k] = (float) (low + (high - low) * k / (count - 1));
        }
    }

    int size() {
        return bins.length;
    }

    /** The encodings of the values, row-major {@code (values.length, bins)}; values beyond the range go to the end bins. */
    float[] encode(float[] values) {
        int k = bins.length;
        float[] out = new float[values.length * k];
        for (int i = 0; i < values.length; i++) {
            double x = Symlog.symlog(values[i]);
            if (x <= bins[0]) {
                out[i * k] = 1;
            } else if (x >= bins[k - 1]) {
                out[i * k + k - 1] = 1;
            } else {
                double step = bins[1] - bins[0];
                int below = Math.min(k - 2, (int) Math.floor((x - bins[0]) / step));
                double w = (x - bins[below]) / (bins[below + 1] - bins[below]);
                out[i * k + below] = (float) (1 - w);
                out[i * k + below + 1] = (float) w;
            }
        }
        return out;
    }

    /** The value a row of encoding weights (or of probabilities) stands for. */
    double decode(float[] weights, int row) {
        double x = 0;
        for (int j = 0; j < bins.length; j++) {
            x += weights[row * bins.length + j] * bins[j];
        }
        return Symlog.symexp(x);
    }

    /** The values the logits {@code (n, bins)} predict, shape {@code (n)}. */
    NDArray decode(NDArray logits) {
        NDArray b = logits.getManager().create(bins, new Shape(bins.length));
        return Symlog.symexp(logits.softmax(1).mul(b).sum(new int[] {1}));
    }

    /** Cross-entropy of the logits {@code (n, bins)} against the encodings of {@code targets}, per row. */
    NDArray loss(NDArray logits, float[] targets) {
        NDArray t = logits.getManager().create(encode(targets), new Shape(targets.length, bins.length));
        return t.mul(logits.logSoftmax(1)).sum(new int[] {1}).neg();
    }
}
