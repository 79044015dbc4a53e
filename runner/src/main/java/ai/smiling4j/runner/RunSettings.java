package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;

/** The schemas of the runner's own configuration sections, {@code run} and {@code demonstrations}. */
final class RunSettings {
    private RunSettings() {
    }

    /** The {@code run} section. */
    static final OptionSchema RUN = OptionSchema.of(
            OptionSpec.text("name", "run", "name of the run folder under output"),
            OptionSpec.integer("seed", 0, 0, Integer.MAX_VALUE, "seed of every random stream of the run"),
            OptionSpec.integer("steps", 100_000, 1, 1_000_000_000, "environment steps of training"),
            OptionSpec.integer("action-repeat", 1, 1, 1000,
                    "task steps each action is applied for, rewards summed (DMC's action repeat); steps count actions"),
            OptionSpec.integer("eval-every", 10_000, 1, 1_000_000_000, "environment steps between two evaluations"),
            OptionSpec.integer("eval-episodes", 1, 1, 1000, "deterministic episodes per evaluation"),
            OptionSpec.integer("checkpoint-every", 50_000, 1, 1_000_000_000, "environment steps between two checkpoints"),
            OptionSpec.text("output", "runs", "folder that holds the run folders"),
            OptionSpec.text("label", "", "the method's name in reports (default: the divergence's name, or expert (SOLVER))"));

    /** The {@code demonstrations} section. */
    static final OptionSchema DEMONSTRATIONS = OptionSchema.of(
            OptionSpec.text("path", "", "demonstrations file (Minari-layout HDF5, NPZ or CSV)"),
            OptionSpec.integer("episodes", 5, 1, 100_000, "how many of the file's episodes to use"),
            OptionSpec.bool("use-actions", false, "give the divergence state-action pairs instead of states"));
}
