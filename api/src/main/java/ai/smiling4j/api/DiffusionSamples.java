package ai.smiling4j.api;

import ai.smiling4j.api.data.FloatMatrix;

/**
 * The (t, eps) pairs at which a score model's denoising error is measured. Either one set of
 * {@code perState} pairs shared by every state of a batch ({@code timesteps.length == perState}),
 * or a set per state ({@code timesteps.length == n * perState}, state {@code i} owning rows
 * {@code i * perState .. (i + 1) * perState - 1}). Two models measured with the same samples see
 * the same noisy inputs, which is what makes their difference a low-variance estimate.
 *
 * @param perState  number of pairs K per state
 * @param timesteps diffusion steps, one per pair
 * @param noise     the noise eps, one row per pair
 */
public record DiffusionSamples(int perState, int[] timesteps, FloatMatrix noise) {

    /** Checks the shapes. */
    public DiffusionSamples {
        if (perState < 1) {
            throw new IllegalArgumentException("need at least one sample per state, got " + perState);
        }
        if (timesteps.length != noise.rows() || timesteps.length % perState != 0) {
            throw new IllegalArgumentException(timesteps.length + " timesteps and " + noise.rows()
                    + " noise rows do not make whole sets of " + perState);
        }
    }

    /** True if every state of the batch uses the same pairs. */
    public boolean shared() {
        return timesteps.length == perState;
    }

    /** Checks that these samples fit a batch of {@code n} states of dimension {@code dim}. */
    public void checkFits(int n, int dim) {
        if (noise.cols() != dim) {
            throw new IllegalArgumentException("noise of size " + noise.cols() + " for states of size " + dim);
        }
        if (!shared() && timesteps.length != (long) n * perState) {
            throw new IllegalArgumentException(timesteps.length + " per-state samples do not fit " + n + " states");
        }
    }
}
