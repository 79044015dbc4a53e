package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.train.Experiment;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A command that runs an experiment file in its run folder: the options and the experiment they select. */
abstract class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    RunModeOptions mode;

    /** The experiment of the file and its overrides, resolved for {@code command}. */
    Experiment experiment(String command) {
        var registry = plugins.registry();
        return new Experiment(experiment.resolve(registry), registry, command);
    }
}
