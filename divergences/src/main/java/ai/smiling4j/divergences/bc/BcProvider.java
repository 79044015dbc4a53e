package ai.smiling4j.divergences.bc;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.PolicyLikelihood;
import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;

import java.util.Set;

/**
 * Registers behaviour cloning: before any interaction, the solver's policy is trained by maximum
 * likelihood on the expert's state-action pairs through its {@link PolicyLikelihood} capability.
 * The solver owns the optimizer (the paper's Adam, lr 1e-4) and clamps the expert actions into
 * the open support of its squashed policy (+-(1 - 1e-5)), as the api asks of it.
 */
public final class BcProvider implements DivergenceProvider {

    @Override
    public String name() {
        return "bc";
    }

    @Override
    public String description() {
        return "BC: maximum-likelihood behaviour cloning of the solver's policy on expert state-action pairs";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.integer("steps", 10_000, 0, 100_000_000, "maximum-likelihood optimizer steps"),
                OptionSpec.integer("batch-size", 0, 0, 100_000_000, "pairs per step; 0 means every pair (full batch)"));
    }

    @Override
    public Requirements requirements(Options options) {
        return new Requirements(true, false, Set.of(PolicyLikelihood.class));
    }

    @Override
    public Divergence create(Options options, PluginContext context) {
        return new BcDivergence(options.getInt("steps"), options.getInt("batch-size"), context.seed());
    }
}
