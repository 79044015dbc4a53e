package org.example.mmd;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;

/** Registers the {@code mmd} divergence with smiling4j's runner. */
public final class MmdDivergenceProvider implements DivergenceProvider {

    @Override
    public String name() {
        return "mmd";
    }

    @Override
    public String description() {
        return "maximum mean discrepancy with a Gaussian kernel on states (example third-party plugin)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.real("bandwidth", 0, 0, 1e6, "kernel bandwidth; 0 picks the median distance of expert states"),
                OptionSpec.integer("expert-samples", 1000, 10, 100_000, "expert states kept as the kernel's reference"),
                OptionSpec.integer("learner-samples", 1000, 10, 100_000, "learner states drawn at every update"),
                OptionSpec.integer("update-every", 1000, 1, 10_000_000, "environment steps between updates"),
                OptionSpec.integer("buffer", 100_000, 100, 10_000_000, "learner states remembered (FIFO)"));
    }

    @Override
    public Requirements requirements(Options options) {
        return Requirements.statesOnly();
    }

    @Override
    public Divergence create(Options options, PluginContext context) {
        return new MmdDivergence(new MmdSettings(options.getDouble("bandwidth"), options.getInt("expert-samples"),
                options.getInt("learner-samples"), options.getInt("update-every"), options.getInt("buffer")),
                context.environment().observationDim(), context.seed());
    }
}
