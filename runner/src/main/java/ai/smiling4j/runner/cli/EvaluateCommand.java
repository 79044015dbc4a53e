package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.train.Evaluation;
import ai.smiling4j.runner.train.TrainedPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code smiling evaluate RUN}: the mean and spread of a saved policy's return. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run a saved policy for deterministic episodes and print its mean and standard deviation of return.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Mixin
    OverrideOptions set;

    @Parameters(paramLabel = "RUN", description = "a run folder (runs/NAME)")
    Path run;

    @Option(names = "--episodes", defaultValue = "10", description = "episodes (default 10)")
    int episodes;

    @Override
    public Integer call() {
        if (episodes < 1) {
            throw new UserError("--episodes must be at least 1, not " + episodes);
        }
        try (TrainedPolicy policy = TrainedPolicy.open(run, plugins.registry(), set.overrides)) {
            Evaluation e = policy.evaluate(episodes);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: return %.1f +- %.1f over %d episodes%n", run, e.mean(), e.std(), e.episodes());
        }
        return 0;
    }
}
