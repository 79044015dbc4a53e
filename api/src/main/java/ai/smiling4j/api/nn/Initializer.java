package ai.smiling4j.api.nn;

import java.util.SplittableRandom;

/** How a dense layer's weights start. Biases start at zero for ORTHOGONAL and uniformly for TORCH_DEFAULT. */
public enum Initializer {
    /** A random orthogonal matrix (gain 1), zero bias: the SAC reference's init. */
    ORTHOGONAL,
    /** PyTorch's nn.Linear default: weights and bias uniform in +-1/sqrt(fan_in). */
    TORCH_DEFAULT;

    /** Row-major weights of shape {@code (out, in)}. */
    float[] weights(int out, int in, SplittableRandom random) {
        return switch (this) {
            case ORTHOGONAL -> orthogonal(out, in, random);
            case TORCH_DEFAULT -> uniform(out * in, 1 / Math.sqrt(in), random);
        };
    }

    /** The bias of a layer with {@code in} inputs and {@code out} outputs. */
    float[] bias(int out, int in, SplittableRandom random) {
        return this == ORTHOGONAL ? new float[out] : uniform(out, 1 / Math.sqrt(in), random);
    }

    private static float[] uniform(int n, double bound, SplittableRandom random) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) random.nextDouble(-bound, bound);
        }
        return w;
    }

    /**
     * A matrix with orthonormal rows (if out <= in) or columns (otherwise), drawn uniformly:
     * QR of a Gaussian matrix with the signs of R's diagonal folded into Q, as PyTorch does.
     */
    static float[] orthogonal(int out, int in, SplittableRandom random) {
        boolean transpose = out < in;
        int rows = transpose ? in : out;
        int cols = transpose ? out : in;
        // columns of a rows x cols Gaussian matrix, orthonormalized by modified Gram-Schmidt (rows >= cols)
        double[][] q = new double[cols][rows];
        for (double[] column : q) {
            for (int i = 0; i < rows; i++) {
                column[i] = gaussian(random);
            }
        }
        for (int j = 0; j < cols; j++) {
            double[] v = q[j];
            for (int k = 0; k < j; k++) {
                double dot = dot(q[k], v);
                double[] u = q[k];
                for (int i = 0; i < rows; i++) {
                    v[i] -= dot * u[i];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int i = 0; i < rows; i++) {
                v[i] /= norm;
            }
        }
        float[] w = new float[out * in];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                // element (i, j) of the rows x cols matrix; transposed back when out < in
                int index = transpose ? j * in + i : i * in + j;
                w[index] = (float) q[j][i];
            }
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * Math.PI * u2);
    }
}
