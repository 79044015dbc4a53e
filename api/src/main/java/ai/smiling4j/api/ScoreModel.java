package ai.smiling4j.api;

import ai.smiling4j.api.data.FloatMatrix;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A diffusion score model {@code eps_theta(x_t, t)}: it predicts the noise that was added to a
 * clean sample, which is (up to scale) the score of the noised data distribution. Trained by
 * plain regression (the DDPM loss). Not thread-safe.
 */
public interface ScoreModel extends AutoCloseable {

    /** Size d of one sample (a state, or a state-action pair). */
    int dimension();

    /** The noise schedule the model was built for. */
    NoiseSchedule schedule();

    /**
     * One optimizer step of the DDPM loss on a batch of clean samples, with t and eps drawn from
     * the model's own seeded random stream.
     *
     * @return the batch loss, mean over samples and dimensions of {@code (eps_theta - eps)^2}
     */
    double trainStep(FloatMatrix clean);

    /** The predicted noise for noisy samples {@code x_t} at steps {@code t} (one per row). */
    FloatMatrix predictNoise(FloatMatrix noisy, int[] timesteps);

    /**
     * The denoising error of every clean sample: the mean over its (t, eps) pairs of
     * {@code mean_d (eps_theta(sqrt(abar_t) x + sqrt(1 - abar_t) eps, t) - eps)^2}.
     */
    float[] denoisingError(FloatMatrix clean, DiffusionSamples samples);

    /** A counter that changes whenever the parameters change (every train step, every load). */
    long version();

    /** An independent copy with the same parameters, optimizer state and random stream. */
    ScoreModel copy();

    /** Writes parameters, optimizer state and random stream into {@code directory}. */
    void save(Path directory) throws IOException;

    /** Reads what {@link #save} wrote. */
    void load(Path directory) throws IOException;

    /** Frees native memory; idempotent. */
    @Override
    void close();
}
