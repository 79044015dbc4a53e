package ai.smiling4j.divergences.dac;

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

import java.util.List;
import java.util.Set;

/** Registers DAC: a gradient-penalized discriminator between learner and expert states, rewarding expert-likeness. */
public final class DacProvider implements DivergenceProvider {

    @Override
    public String name() {
        return "dac";
    }

    @Override
    public String description() {
        return "DAC: JS-divergence GAN discriminator with gradient penalty, reward -log(1 - D) (Kostrikov et al.)";
    }

    @Override
    public OptionSchema options() {
        return DiscriminatorDivergence.Settings.options().with(
                OptionSpec.integer("hidden", 256, 1, 100_000, "width of the hidden layer"),
                OptionSpec.choice("activation", "leaky-relu", List.of("leaky-relu", "identity"),
                        "between the layers (identity: the linear ablation)"),
                OptionSpec.real("learning-rate", 0.005, 0, 10, "AdamW step size"),
                OptionSpec.real("weight-decay", 0.01, 0, 10, "AdamW decoupled weight decay"),
                OptionSpec.real("gradient-penalty", 10, 0, 1e9, "weight of (||grad D|| - 1)^2"));
    }

    @Override
    public Requirements requirements(Options options) {
        return new Requirements(Input.fromConfig(options.getString("input")).actions(), true, Set.of());
    }

    @Override
    public Divergence create(Options options, PluginContext context) {
        DacSettings settings = DacSettings.from(options);
        return new DacDivergence(settings, NDManager.newBaseManager(), settings.common().input().dimension(context.environment()),
                context.seed());
    }
}
