package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smiling config FILE [--set k=v]}: validates an experiment file and prints it resolved. */
@Command(name = "config", description = "Validate an experiment file and print it with every default filled in.",
        mixinStandardHelpOptions = true)
final class ConfigCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Mixin
    ExperimentOptions experiment;

    @Override
    public Integer call() {
        ResolvedConfig resolved = experiment.resolve(plugins.registry());
        spec.commandLine().getOut().print(ExperimentConfig.toYaml(resolved));
        return 0;
    }
}
