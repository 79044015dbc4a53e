package ai.smiling4j.divergences.smiling;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;

import java.util.List;
import java.util.Set;

/** Registers SMILING: diffusion score matching between the expert's and the learner's states. */
public final class SmilingProvider implements DivergenceProvider {

    @Override
    public String name() {
        return "smiling";
    }

    @Override
    public String description() {
        return "SMILING: reward = learner minus expert denoising error of diffusion score models (Wu et al.)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.choice("input", "state", List.of("state", "state-action"), "what the score models see"),
                OptionSpec.integer("update-every", 1000, 1, 100_000_000, "environment steps between learner-model refits"),
                OptionSpec.integer("learner-samples", 100_000, 1, 100_000_000, "samples drawn from the buffer per refit (one epoch)"),
                OptionSpec.integer("buffer", 200_000, 1, 100_000_000, "learner samples remembered (FIFO)"),
                OptionSpec.integer("batch-size", 1024, 1, 1_000_000, "minibatch of score-model training"),
                OptionSpec.integer("expert-epochs", 4000, 1, 10_000_000, "epochs over the demonstrations for the expert model"),
                OptionSpec.integer("reward-samples", 500, 1, 100_000, "K: (t, eps) pairs per state in the reward"),
                OptionSpec.integer("t-stride", 10, 1, 1_000_000, "spacing of the t grid (10: t = 0, 10, ..., T-10)"),
                OptionSpec.choice("t-sampling", "stratified", List.of("stratified", "iid"), "how t covers the grid"),
                OptionSpec.bool("antithetic", true, "draw pairs in twos (t, eps), (t, -eps): noise terms cancel"),
                OptionSpec.choice("resample", "per-update", List.of("per-update", "per-batch", "per-state"),
                        "fresh (t, eps) pairs per learner update (cached rewards), per batch, or per state"),
                OptionSpec.bool("normalize", true, "normalize rewards per batch"),
                OptionSpec.real("target-std", 0.1, 1e-9, 1e9, "standard deviation of normalized rewards"));
    }

    @Override
    public Requirements requirements(Options options) {
        return new Requirements(options.getString("input").equals("state-action"), true, Set.of());
    }

    @Override
    public Divergence create(Options options, PluginContext context) {
        SmilingSettings settings = SmilingSettings.from(options);
        int dim = context.environment().observationDim() + (settings.stateAction() ? context.environment().actionDim() : 0);
        return new SmilingDivergence(settings, context.newScoreModel(dim), context.newScoreModel(dim), context.seed());
    }
}
