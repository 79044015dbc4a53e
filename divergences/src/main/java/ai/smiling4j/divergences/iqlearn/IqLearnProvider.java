package ai.smiling4j.divergences.iqlearn;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.SoftQLearning;
import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.divergences.common.Input;

import java.util.List;
import java.util.Set;

/**
 * Registers IQ-Learn: inverse soft-Q learning, which replaces the critic objective of a solver with
 * the {@link SoftQLearning} capability (SAC). The paper's critic settings (one Q network 256 x 2,
 * critic lr 3e-4, actor lr 3e-5, fixed temperature 0.01) belong to the solver's configuration.
 * State-only demonstrations are refused: pairing expert states with policy actions needs an action
 * sampler that the api's {@code SoftQ} does not offer.
 */
public final class IqLearnProvider implements DivergenceProvider {

    @Override
    public String name() {
        return "iq-learn";
    }

    @Override
    public String description() {
        return "IQ-Learn: inverse soft-Q learning with the chi^2 regularizer, through the solver's critic (Garg et al.)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.choice("input", "state", Input.configNames(),
                        "state: expert states paired with the policy's actions; state-action: the expert's pairs"),
                OptionSpec.choice("form", "value", List.of("value", "v0"),
                        "second term: E_mix[V(s) - gamma V(s')] or (1 - gamma) E[V(s0)] over expert first states"),
                OptionSpec.choice("regularize", "mix", List.of("mix", "expert"),
                        "samples of the chi^2 regularizer: expert and learner batches, or the expert batch"),
                OptionSpec.real("alpha", 0.5, 1e-9, 1e9, "alpha of the chi^2 regularizer 1/(4 alpha) E[r^2]"),
                OptionSpec.integer("expert-batch", 256, 1, 1_000_000, "expert transitions per critic update"));
    }

    @Override
    public Requirements requirements(Options options) {
        return new Requirements(Input.fromConfig(options.getString("input")).actions(), true, Set.of(SoftQLearning.class));
    }

    @Override
    public Divergence create(Options options, PluginContext context) {
        return new IqLearnDivergence(IqLearnLoss.Form.valueOf(options.getString("form").toUpperCase(java.util.Locale.ROOT)),
                options.getString("regularize").equals("expert"), options.getDouble("alpha"),
                options.getInt("expert-batch"), Input.fromConfig(options.getString("input")).actions(), context.seed());
    }
}
