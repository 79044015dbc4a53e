package ai.smiling4j.runner.cli;

import picocli.CommandLine.Command;

/** The top-level {@code smiling} command; every piece of work is a subcommand. */
@Command(name = "smiling", mixinStandardHelpOptions = true, version = "smiling4j 0.1.0",
        description = "Imitation learning by diffusion score matching (SMILING) and its baselines.",
        subcommands = {PluginsCommand.class, ConfigCommand.class, EnvCommand.class, TrainExpertCommand.class,
                CollectDemosCommand.class, ImitateCommand.class, EvaluateCommand.class, ExportCommand.class, DemoCommand.class, ConvertCommand.class,
                BenchCommand.class, SweepCommand.class, SweepStatusCommand.class, PlotCommand.class, ReproduceCommand.class})
public final class SmilingCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
