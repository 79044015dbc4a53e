package ai.smiling4j.divergences.diffail;

import ai.djl.ndarray.NDManager;
import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.divergences.common.DiscriminatorDivergence;
import ai.smiling4j.divergences.common.Input;

import java.util.Set;

/**
 * Registers DiffAIL: a diffusion model's denoising error as a discriminator, D = exp(-error). It
 * trains its own noise predictor (the network size of the SMILING reference's score model), not
 * the run's score-model slot, because the api's {@code ScoreModel} offers no gradient of its error.
 */
public final class DiffailProvider implements DivergenceProvider {

    @Override
    public String name() {
        return "diffail";
    }

    @Override
    public String description() {
        return "DiffAIL: diffusion discriminator D = exp(-denoising error), reward -log(1 - D) (Wang et al.)";
    }

    @Override
    public OptionSchema options() {
        return DiscriminatorDivergence.Settings.options().with(
                OptionSpec.integer("hidden", 256, 1, 100_000, "width of the noise predictor's hidden layer"),
                OptionSpec.integer("diffusion-steps", 5000, 1, 1_000_000, "T of the linear DDPM schedule (betas 1e-4 to 0.02)"),
                OptionSpec.real("learning-rate", 0.005, 0, 10, "AdamW step size"),
                OptionSpec.real("weight-decay", 0.01, 0, 10, "AdamW decoupled weight decay"));
    }

    @Override
    public Requirements requirements(Options options) {
        return new Requirements(Input.fromConfig(options.getString("input")).actions(), true, Set.of());
    }

    @Override
    public Divergence create(Options options, PluginContext context) {
        DiffailSettings settings = DiffailSettings.from(options);
        return new DiffailDivergence(settings, NDManager.newBaseManager(),
                settings.common().input().dimension(context.environment()), context.seed());
    }
}
