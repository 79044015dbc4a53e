package ai.smiling4j.divergences.diffail;

import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.divergences.common.DiscriminatorDivergence;

/**
 * The options of DiffAIL.
 *
 * @param common         the options every adversarial divergence shares
 * @param hidden         width of the noise predictor's hidden layer
 * @param diffusionSteps T of the linear DDPM schedule (betas 1e-4 to 0.02)
 * @param learningRate   AdamW's step size
 * @param weightDecay    AdamW's decoupled weight decay
 */
record DiffailSettings(DiscriminatorDivergence.Settings common, int hidden, int diffusionSteps, double learningRate,
                       double weightDecay) {

    static DiffailSettings from(Options o) {
        return new DiffailSettings(DiscriminatorDivergence.Settings.from(o), o.getInt("hidden"),
                o.getInt("diffusion-steps"), o.getDouble("learning-rate"), o.getDouble("weight-decay"));
    }

    NoiseSchedule schedule() {
        return NoiseSchedule.linear(diffusionSteps, 1e-4, 0.02);
    }
}
