package ai.smiling4j.solvers.dreamer;

import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;

import java.util.List;
import java.util.Map;

/**
 * The hyperparameters of one dreamer solver. The defaults are DreamerV3's as the SMILING paper
 * runs it on the humanoid tasks ({@code paper}); the {@code small} preset shrinks every network and
 * the batch so that it trains at a useful speed on two CPU cores, and raises the learning rates to
 * make up for fewer updates. Options set explicitly win over the preset.
 *
 * @param deter          size of the deterministic (GRU) state
 * @param latents        number of categorical latents of the stochastic state
 * @param classes        classes per latent
 * @param hidden         width of every MLP and of the RSSM's hidden layers
 * @param layers         hidden layers of encoder, decoder, heads, actor and critic
 * @param batchSize      sequences per world-model batch
 * @param batchLength    steps per sequence
 * @param trainRatio     replayed steps per environment step
 * @param seedSteps      environment steps with uniformly random actions before learning starts
 * @param replayCapacity steps the sequence replay holds (first in, first out)
 * @param modelLr        Adam step size of the world model
 * @param actorLr        Adam step size of the actor
 * @param criticLr       Adam step size of the critic
 * @param horizon        imagination horizon
 * @param gamma          discount
 * @param lambda         lambda of the lambda-returns
 * @param freeBits       nats below which the KL terms are not minimized
 * @param klDynamics     weight of the dynamics KL term
 * @param klRepresentation weight of the representation KL term
 * @param unimix         uniform share mixed into the categoricals
 * @param bins           two-hot bins of reward and critic
 * @param binRange       the bins cover [-binRange, binRange] in symlog space
 * @param returnDecay    decay of the running return percentiles
 * @param slowCriticRate Polyak rate of the slow critic per update
 * @param slowCriticReg  weight of the regularizer towards the slow critic
 * @param entropy        weight of the actor's entropy bonus
 * @param minStd         smallest standard deviation of the actor
 * @param maxStd         largest standard deviation of the actor
 */
record DreamerSettings(int deter, int latents, int classes, int hidden, int layers, int batchSize, int batchLength,
                       int trainRatio, int seedSteps, int replayCapacity, double modelLr, double actorLr,
                       double criticLr, int horizon, double gamma, double lambda, double freeBits, double klDynamics,
                       double klRepresentation, double unimix, int bins, double binRange, double returnDecay,
                       double slowCriticRate, double slowCriticReg, double entropy, double minStd, double maxStd) {

    static final OptionSchema SCHEMA = OptionSchema.of(
            OptionSpec.choice("preset", "paper", List.of("paper", "small"),
                    "paper: DreamerV3's sizes; small: deter 128, 8x8 latents, MLPs 2x128, batch 8x32, train ratio 16,"
                            + " model-lr 3e-4, actor-lr and critic-lr 1e-4, seed-steps 1000 (CPU)"),
            OptionSpec.integer("deter", 1024, 1, 1 << 16, "size of the deterministic (GRU) state"),
            OptionSpec.integer("latents", 32, 1, 1024, "categorical latents of the stochastic state"),
            OptionSpec.integer("classes", 32, 2, 1024, "classes per latent"),
            OptionSpec.integer("hidden", 640, 1, 1 << 16, "width of every MLP and of the RSSM's hidden layers"),
            OptionSpec.integer("layers", 3, 1, 16, "hidden layers of encoder, decoder, heads, actor and critic"),
            OptionSpec.integer("batch-size", 16, 1, 1 << 12, "sequences per world-model batch"),
            OptionSpec.integer("batch-length", 64, 2, 1 << 12, "steps per sequence"),
            OptionSpec.integer("train-ratio", 64, 1, 1 << 20, "replayed steps per environment step"),
            OptionSpec.integer("seed-steps", 5000, 0, Integer.MAX_VALUE,
                    "environment steps with uniformly random actions before learning starts"),
            OptionSpec.integer("replay-capacity", 1_000_000, 2, Integer.MAX_VALUE, "steps the replay holds (FIFO)"),
            OptionSpec.real("model-lr", 1e-4, 0, 1, "Adam step size of the world model"),
            OptionSpec.real("actor-lr", 3e-5, 0, 1, "Adam step size of the actor"),
            OptionSpec.real("critic-lr", 3e-5, 0, 1, "Adam step size of the critic"),
            OptionSpec.integer("horizon", 15, 1, 1000, "imagination horizon"),
            OptionSpec.real("gamma", 0.997, 0, 1, "discount (DreamerV3's 1 - 1/333)"),
            OptionSpec.real("lambda", 0.95, 0, 1, "lambda of the lambda-returns"),
            OptionSpec.real("free-bits", 1.0, 0, 1e3, "nats below which the KL terms are not minimized"),
            OptionSpec.real("kl-dynamics", 0.5, 0, 1e3, "weight of the dynamics KL term"),
            OptionSpec.real("kl-representation", 0.1, 0, 1e3, "weight of the representation KL term"),
            OptionSpec.real("unimix", 0.01, 0, 1, "uniform share mixed into the categoricals"),
            OptionSpec.integer("bins", 255, 2, 1 << 16, "two-hot bins of reward and critic"),
            OptionSpec.real("bin-range", 20, 1e-3, 1e3, "the bins cover [-bin-range, bin-range] in symlog space"),
            OptionSpec.real("return-decay", 0.99, 0, 1, "decay of the running 5th and 95th return percentiles"),
            OptionSpec.real("slow-critic-rate", 0.02, 0, 1, "Polyak rate of the slow critic per update"),
            OptionSpec.real("slow-critic-reg", 1.0, 0, 1e3, "weight of the critic's regularizer towards the slow critic"),
            OptionSpec.real("entropy", 3e-4, 0, 1e3, "weight of the actor's entropy bonus"),
            OptionSpec.real("min-std", 0.1, 1e-6, 1e3, "smallest standard deviation of the actor"),
            OptionSpec.real("max-std", 1.0, 1e-6, 1e3, "largest standard deviation of the actor"))
            .withPresets("preset", Map.of(
                    "paper", Map.of(),
                    "small", Map.ofEntries(Map.entry("deter", 128), Map.entry("latents", 8), Map.entry("classes", 8),
                            Map.entry("hidden", 128), Map.entry("layers", 2), Map.entry("batch-size", 8),
                            Map.entry("batch-length", 32), Map.entry("train-ratio", 16), Map.entry("seed-steps", 1000),
                            Map.entry("model-lr", 3e-4), Map.entry("actor-lr", 1e-4), Map.entry("critic-lr", 1e-4))));

    /** The settings the options describe (the schema has already applied the preset). */
    static DreamerSettings from(Options o) {
        return new DreamerSettings(o.getInt("deter"), o.getInt("latents"), o.getInt("classes"), o.getInt("hidden"),
                o.getInt("layers"), o.getInt("batch-size"), o.getInt("batch-length"), o.getInt("train-ratio"),
                o.getInt("seed-steps"), o.getInt("replay-capacity"), o.getDouble("model-lr"), o.getDouble("actor-lr"),
                o.getDouble("critic-lr"), o.getInt("horizon"), o.getDouble("gamma"), o.getDouble("lambda"),
                o.getDouble("free-bits"), o.getDouble("kl-dynamics"), o.getDouble("kl-representation"),
                o.getDouble("unimix"), o.getInt("bins"), o.getDouble("bin-range"), o.getDouble("return-decay"),
                o.getDouble("slow-critic-rate"), o.getDouble("slow-critic-reg"), o.getDouble("entropy"),
                o.getDouble("min-std"), o.getDouble("max-std"));
    }

    /** Replayed steps per world-model update. */
    int stepsPerUpdate() {
        return batchSize * batchLength;
    }
}
