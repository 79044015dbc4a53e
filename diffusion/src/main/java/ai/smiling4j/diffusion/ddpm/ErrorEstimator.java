package ai.smiling4j.diffusion.ddpm;

import ai.djl.ndarray.NDManager;
import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.data.FloatMatrix;

/** One way of computing a model's per-state denoising error (see {@code ScoreModel.denoisingError}). */
interface ErrorEstimator {

    /** The error of every clean sample; every array it makes is released with {@code scratch}. */
    float[] errors(FloatMatrix clean, DiffusionSamples samples, NDManager scratch);

    /** Told after every change of the network's parameters. */
    void parametersChanged();
}
