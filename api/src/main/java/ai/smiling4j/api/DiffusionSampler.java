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
 * @param antithetic pairs come in twos (t, eps), (t, -eps): the error's terms odd in eps cancel
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
        return draw(1, dim, random);
    }

    /** K pairs for each of {@code n} states, independent between states. */
    public DiffusionSamples perState(int n, int dim, SplittableRandom random) {
        return draw(n, dim, random);
    }

    private DiffusionSamples draw(int sets, int dim, SplittableRandom random) {
        int distinct = antithetic ? perState / 2 : perState;
        int copies = antithetic ? 2 : 1;
        int[] t = new int[sets * perState];
        float[] eps = new float[sets * perState * dim];
        for (int s = 0; s < sets; s++) {
            int[] base = timesteps(distinct, random);
            for (int j = 0; j < distinct; j++) {
                int row = s * perState + copies * j;
                for (int c = 0; c < dim; c++) {
                    eps[row * dim + c] = (float) gaussian(random);
                }
                t[row] = base[j];
                if (antithetic) {
                    t[row + 1] = base[j];
                    for (int c = 0; c < dim; c++) {
                        eps[(row + 1) * dim + c] = -eps[row * dim + c];
                    }
                }
            }
        }
        return new DiffusionSamples(perState, t, new FloatMatrix(sets * perState, dim, eps));
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

    /** A standard Gaussian draw (Box-Muller, one value per call). */
    static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
