package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.api.plugin.ScoreModelProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ddpm-mlp}: the SMILING reference score network, an MLP on {@code [x_t, temb(t)]} with a
 * learned time embedding, trained with the DDPM loss by AdamW. The runner creates this provider to
 * list and validate plugins; the engine loads only in {@link #create}.
 */
public final class DdpmMlpProvider implements ScoreModelProvider {

    @Override
    public String name() {
        return "ddpm-mlp";
    }

    @Override
    public String description() {
        return "DDPM noise predictor: MLP on [x_t, learned sinusoidal time embedding], AdamW (SMILING reference)";
    }

    @Override
    public OptionSchema options() {
        List<String> activations = new ArrayList<>(Activation.configNames());
        activations.add("linear");
        return OptionSchema.of(
                OptionSpec.integer("width", 256, 1, 65_536, "hidden units per layer"),
                OptionSpec.integer("depth", 1, 1, 16, "hidden layers of the noise network"),
                OptionSpec.choice("activation", "leaky-relu", activations,
                        "non-linearity of every layer, time MLP included (linear = identity, the paper's ablation)"),
                OptionSpec.choice("schedule", "linear", List.of("linear", "cosine"), "noise schedule"),
                OptionSpec.integer("steps", 5000, 1, 1_000_000, "diffusion steps T"),
                OptionSpec.real("beta-start", 1e-4, 1e-8, 0.5, "first beta of the linear schedule"),
                OptionSpec.real("beta-end", 0.02, 1e-8, 0.5, "last beta of the linear schedule"),
                OptionSpec.real("lr", 0.005, 0, 10, "AdamW learning rate"),
                OptionSpec.real("weight-decay", 0.01, 0, 10, "AdamW decoupled weight decay"),
                OptionSpec.integer("batch-size", 1024, 1, 1 << 20, "samples per training step (the caller batches)"),
                OptionSpec.integer("seed-offset", 0, 0, Integer.MAX_VALUE, "added to the run seed for this model"),
                OptionSpec.choice("estimator", "factored", List.of("factored", "plain"),
                        "denoising error: factored (fast) or plain (the unfactored network, for checks)"));
    }

    @Override
    public ScoreModel create(Options options, int dimension, PluginContext context) {
        if (dimension < 1) {
            throw new IllegalArgumentException("a score model needs samples of size 1 or more, got " + dimension);
        }
        return new DdpmMlpModel(DdpmSettings.from(options, context.seed()), dimension);
    }
}
