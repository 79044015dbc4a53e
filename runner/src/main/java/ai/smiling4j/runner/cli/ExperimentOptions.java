package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.ResolvedConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** An experiment file and its {@code --set slot.key=value} overrides, shared by the commands that run one. */
final class ExperimentOptions {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment file (YAML)")
    Path file;

    @Mixin
    OverrideOptions set;

    /** Loads, overrides and validates the experiment. */
    ResolvedConfig resolve(PluginRegistry registry) {
        return ExperimentConfig.load(file).withOverrides(set.overrides).resolve(registry);
    }
}
