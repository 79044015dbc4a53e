package ai.smiling4j.divergences.diffail;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.nn.Scalars;

/**
 * DiffAIL's discriminator (Wang et al. 2024): the denoising error of one diffusion model turns
 * into a probability of "expert",
 * <pre>
 * e(x) = mean_d (eps_theta(sqrt(abar_t) x + sqrt(1 - abar_t) eps, t) - eps)^2,   t ~ U{0..T-1}, eps ~ N(0, I),
 * D(x) = exp(-e(x)),
 * L = 0.5 [BCE(D(x_learner), 0) + BCE(D(x_expert), 1)],
 * r(x) = -log(1 - D(x) + 1e-8).
 * </pre>
 * The error is the mean over dimensions, as the official implementation's per-sample MSE is (the
 * paper writes the squared norm). {@code -log D = e} exactly; {@code 1 - D} is clamped at 1e-8
 * before its log, close to PyTorch's BCELoss clamping the log at -100.
 */
final class DiffailLoss {
    private DiffailLoss() {
    }

    /** e(x) for every row, each at its own (t, eps) pair; shape {@code (n)}. */
    static NDArray denoisingError(EpsilonNetwork network, NDArray x, DiffusionSamples samples, NoiseSchedule schedule) {
        int[] t = samples.timesteps();
        float[] signal = new float[t.length];
        float[] noise = new float[t.length];
        for (int i = 0; i < t.length; i++) {
            signal[i] = (float) schedule.signalScale(t[i]);
            noise[i] = (float) schedule.noiseScale(t[i]);
        }
        NDArray eps = x.getManager().create(samples.noise().data(), new Shape(t.length, samples.noise().cols()));
        NDArray noisy = x.mul(x.getManager().create(signal, new Shape(t.length, 1)))
                .add(eps.mul(x.getManager().create(noise, new Shape(t.length, 1))));
        return network.predict(noisy, t).sub(eps).square().mean(new int[] {1});
    }

    /** D = exp(-e). */
    static NDArray discriminator(NDArray error) {
        return error.neg().exp();
    }

    /** 0.5 [mean -log(1 - D(x_learner)) + mean -log D(x_expert)]. */
    static NDArray crossEntropy(NDArray learnerError, NDArray expertError) {
        NDArray learner = Scalars.maximum(discriminator(learnerError).neg().add(1f), 1e-8).log().neg().mean();
        return Scalars.mul(learner.add(expertError.mean()), 0.5);
    }

    /** r = -log(1 - D + 1e-8) for a denoising error e. */
    static float reward(float error) {
        return (float) -Math.log(1 - Math.exp(-error) + 1e-8);
    }
}
