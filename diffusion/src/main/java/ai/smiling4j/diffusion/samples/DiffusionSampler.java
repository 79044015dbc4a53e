package ai.smiling4j.diffusion.samples;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.data.FloatMatrix;

import java.util.SplittableRandom;

/**
 * How the (t, eps) pairs of a denoising-error estimate are drawn, and the drawing itself. The steps
 * come from the grid {@code {0, stride, 2 stride, ...} < T} (stride 10 with T = 5000 is the
 * reference's grid of 500; stride 1 is every step).
 * <ul>
 * <li>{@link Mode#IID}: every pair independent, t uniform on the grid, eps standard normal.
 * <li>{@link Mode#STRATIFIED}: the grid is cut into {@code ceil(K/2)} equal strata, one t drawn in
 * each, used by an antithetic pair {@code (t, eps), (t, -eps)} (the last pair is single if K is odd).
 * </ul>
 * Either one set of pairs shared by every state of the batch, or a set per state.
 *
 * @param mode     iid or stratified
 * @param perState pairs K per state
 * @param stride   spacing of the grid of steps
 * @param shared   one set of pairs for the whole batch (else one per state)
 */
public record DiffusionSampler(Mode mode, int perState, int stride, boolean shared) {

    /** How pairs are drawn. */
    public enum Mode { IID, STRATIFIED }

    /** Checks the numbers. */
    public DiffusionSampler {
        if (perState < 1 || stride < 1) {
            throw new IllegalArgumentException("need perState >= 1 and stride >= 1, got " + perState + ", " + stride);
        }
    }

    /**
     * Pairs for {@code states} samples of size {@code dimension} under a schedule of {@code steps} steps.
     *
     * @param random the caller's stream; the same state gives the same pairs
     */
    public DiffusionSamples draw(int states, int dimension, int steps, SplittableRandom random) {
        if (stride > steps) {
            throw new IllegalArgumentException("stride " + stride + " leaves no step of " + steps);
        }
        int sets = shared ? 1 : states;
        int[] timesteps = new int[sets * perState];
        float[] noise = new float[sets * perState * dimension];
        int grid = (steps + stride - 1) / stride;
        for (int s = 0; s < sets; s++) {
            int first = s * perState;
            if (mode == Mode.IID) {
                for (int j = 0; j < perState; j++) {
                    timesteps[first + j] = stride * random.nextInt(grid);
                }
                gaussian(noise, first * dimension, perState * dimension, random);
            } else {
                int strata = (perState + 1) / 2;
                for (int j = 0; j < strata; j++) {
                    int t = stride * (int) Math.min(grid - 1, (long) Math.floor((j + random.nextDouble()) * grid / strata));
                    int row = first + 2 * j;
                    timesteps[row] = t;
                    gaussian(noise, row * dimension, dimension, random);
                    if (2 * j + 1 < perState) {
                        timesteps[row + 1] = t;
                        for (int c = 0; c < dimension; c++) {
                            noise[(row + 1) * dimension + c] = -noise[row * dimension + c];
                        }
                    }
                }
            }
        }
        return new DiffusionSamples(perState, timesteps, new FloatMatrix(sets * perState, dimension, noise));
    }

    /** Standard normal values into {@code out[from .. from+count-1]} (Box-Muller, both outputs used). */
    private static void gaussian(float[] out, int from, int count, SplittableRandom random) {
        for (int i = 0; i < count; i += 2) {
            double radius = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
            double angle = 2 * Math.PI * random.nextDouble();
            out[from + i] = (float) (radius * Math.cos(angle));
            if (i + 1 < count) {
                out[from + i + 1] = (float) (radius * Math.sin(angle));
            }
        }
    }
}
