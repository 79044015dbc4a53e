package ai.smiling4j.api;

import ai.smiling4j.api.data.FloatMatrix;

import java.util.SplittableRandom;

/**
 * Draws the (t, eps) pairs of the SMILING reward estimator: t on the grid
 * {@code {0, stride, 2 stride, ...} < steps}, eps standard Gaussian.
 *
 * @param perState   pairs K per state
 * @param steps      the schedule's number of steps T
 * @param stride     spacing of the t grid (10 in the reference: 500 values for T = 5000)
 * @param stratified t visits the grid evenly (each value equally often, in random order) instead of independently
 * @param antithetic eps comes in pairs (eps, -eps)
 */
public record DiffusionSampler(int perState, int steps, int stride, boolean stratified, boolean antithetic) {

    /** Checks the arguments. */
    public DiffusionSampler {
        if (perState < 1 || stride < 1 || stride > steps) {
            throw new IllegalArgumentException("need perState >= 1 and 1 <= stride <= steps, got " + perState + ", "
                    + stride + ", " + steps);
        }
        if (antithetic && perState % 2 != 0) {
            throw new IllegalArgumentException("antithetic pairs need an even number of samples, got " + perState);
        }
    }

    /** Number of grid values. */
    public int gridSize() {
        return (steps + stride - 1) / stride;
    }

    /** One set of K pairs shared by every state of a batch. */
    public DiffusionSamples shared(int dim, SplittableRandom random) {
        return new DiffusionSamples(perState, timesteps(perState, random), noise(perState, dim, random));
    }

    /** K pairs for each of {@code n} states, independent between states. */
    public DiffusionSamples perState(int n, int dim, SplittableRandom random) {
        int[] t = new int[n * perState];
        for (int i = 0; i < n; i++) {
            System.arraycopy(timesteps(perState, random), 0, t, i * perState, perState);
        }
        return new DiffusionSamples(perState, t, noise(n * perState, dim, random));
    }

    private int[] timesteps(int k, SplittableRandom random) {
        int grid = gridSize();
        int[] t = new int[k];
        if (stratified) {
            // equal shares of the grid (a random offset for the remainder), then shuffled
            int offset = random.nextInt(grid);
            for (int i = 0; i < k; i++) {
                t[i] = (int) ((offset + (long) i * grid / k) % grid) * stride;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = t[i];
                t[i] = t[j];
                t[j] = tmp;
            }
        } else {
            for (int i = 0; i < k; i++) {
                t[i] = random.nextInt(grid) * stride;
            }
        }
        return t;
    }

    private FloatMatrix noise(int rows, int dim, SplittableRandom random) {
        float[] eps = new float[rows * dim];
        for (int i = 0; i < eps.length; i++) {
            boolean mirror = antithetic && (i / dim) % 2 == 1;
            eps[i] = mirror ? -eps[i - dim] : (float) gaussian(random);
        }
        return new FloatMatrix(rows, dim, eps);
    }

    /** A standard Gaussian draw (Box-Muller, one value per call). */
    static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
