package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.solvers.common.PolicyEngine;

import java.util.List;
import java.util.Map;

/**
 * The hyperparameters of one SAC solver. The defaults are the SMILING reference's ({@code paper});
 * the {@code small} preset (declared in the schema, so a resolved configuration shows its values)
 * makes the networks 256 wide, the batch 256 and the seed phase 1000 steps, for fast experiments.
 * Options set explicitly win over the preset.
 *
 * @param hidden            width of the hidden layers of actor and critics
 * @param layers            number of hidden layers
 * @param batchSize         transitions per update
 * @param seedSteps         environment steps with uniformly random actions before learning starts
 * @param replayCapacity    transitions the replay holds (first in, first out)
 * @param updatesPerStep    gradient updates per environment step after the seed phase
 * @param actorLr           Adam step size of the actor
 * @param criticLr          Adam step size of the critics
 * @param temperatureLr     Adam step size of log alpha
 * @param likelihoodLr      Adam step size of behaviour cloning ({@code maximizeLikelihoodStep})
 * @param gamma             discount
 * @param tau               Polyak rate of the target critics
 * @param targetUpdateEvery updates between target-critic updates
 * @param initTemperature   alpha at the start
 * @param engine            where deterministic actions are computed
 */
record SacSettings(int hidden, int layers, int batchSize, int seedSteps, int replayCapacity, int updatesPerStep,
                   double actorLr, double criticLr, double temperatureLr, double likelihoodLr, double gamma,
                   double tau, int targetUpdateEvery, double initTemperature, PolicyEngine engine) {

    static final OptionSchema SCHEMA = OptionSchema.of(
            OptionSpec.choice("preset", "paper", List.of("paper", "small"),
                    "paper: the reference's sizes; small: hidden 256, batch-size 256, seed-steps 1000"),
            OptionSpec.integer("hidden", 1024, 1, 65536, "width of the hidden layers of actor and critics"),
            OptionSpec.integer("layers", 2, 0, 16, "number of hidden layers of actor and critics"),
            OptionSpec.integer("batch-size", 1024, 1, 1 << 20, "transitions per update"),
            OptionSpec.integer("seed-steps", 5000, 0, Integer.MAX_VALUE,
                    "environment steps with uniformly random actions before learning starts"),
            OptionSpec.integer("replay-capacity", 1_000_000, 1, Integer.MAX_VALUE, "transitions the replay holds (FIFO)"),
            OptionSpec.integer("updates-per-step", 1, 1, 1000, "gradient updates per environment step"),
            OptionSpec.real("actor-lr", 1e-4, 0, 1, "Adam step size of the actor"),
            OptionSpec.real("critic-lr", 1e-4, 0, 1, "Adam step size of the critics"),
            OptionSpec.real("temperature-lr", 1e-4, 0, 1, "Adam step size of log alpha"),
            OptionSpec.real("likelihood-lr", 1e-4, 0, 1, "Adam step size of behaviour cloning"),
            OptionSpec.real("gamma", 0.99, 0, 1, "discount"),
            OptionSpec.real("tau", 0.005, 0, 1, "Polyak rate of the target critics"),
            OptionSpec.integer("target-update-every", 2, 1, 1_000_000, "updates between target-critic updates"),
            OptionSpec.real("init-temperature", 0.1, 1e-8, 1e3, "initial alpha (learned, target entropy -|A|)"),
            PolicyEngine.OPTION)
            .withPresets("preset", Map.of(
                    "paper", Map.of(),
                    "small", Map.of("hidden", 256, "batch-size", 256, "seed-steps", 1000)));

    /** The settings the options describe (the schema has already applied the preset). */
    static SacSettings from(Options options) {
        return new SacSettings(options.getInt("hidden"), options.getInt("layers"), options.getInt("batch-size"),
                options.getInt("seed-steps"), options.getInt("replay-capacity"), options.getInt("updates-per-step"),
                options.getDouble("actor-lr"), options.getDouble("critic-lr"), options.getDouble("temperature-lr"),
                options.getDouble("likelihood-lr"), options.getDouble("gamma"), options.getDouble("tau"),
                options.getInt("target-update-every"), options.getDouble("init-temperature"),
                PolicyEngine.fromConfig(options.getString("engine")));
    }

    /** Layer widths of an MLP from {@code in} to {@code out} through the hidden layers. */
    int[] sizes(int in, int out) {
        int[] sizes = new int[layers + 2];
        sizes[0] = in;
        for (int l = 1; l <= layers; l++) {
            sizes[l] = hidden;
        }
        sizes[layers + 1] = out;
        return sizes;
    }
}
