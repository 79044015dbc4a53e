package ai.smiling4j.runner.cli;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.data.DemonstrationFiles;
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

/** {@code smiling collect-demos RUN --out FILE}: demonstrations from a saved policy, as Minari HDF5. */
@Command(name = "collect-demos", mixinStandardHelpOptions = true,
        description = "Roll out a saved policy (seeded) and write its episodes as Minari-layout HDF5 demonstrations.")
final class CollectDemosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Mixin
    OverrideOptions set;

    @Parameters(paramLabel = "RUN", description = "the expert's run folder (runs/NAME)")
    Path run;

    @Option(names = "--episodes", defaultValue = "5", description = "episodes (default 5)")
    int episodes;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the episodes' starts (default 0)")
    long seed;

    @Option(names = "--stochastic", description = "sample actions instead of taking the policy's mean")
    boolean stochastic;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "demonstrations file to write (.hdf5)")
    Path out;

    @Option(names = "--overwrite", description = "replace an existing file")
    boolean overwrite;

    @Override
    public Integer call() {
        if (episodes < 1) {
            throw new UserError("--episodes must be at least 1, not " + episodes);
        }
        try (TrainedPolicy policy = TrainedPolicy.open(run, plugins.registry(), set.overrides)) {
            Demonstrations demos = policy.collect(episodes, seed, !stochastic);
            DemonstrationFiles.write(out, demos, overwrite);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d episodes (%d steps, mean return %.1f) to %s%n",
                    demos.episodes().size(), demos.steps(), demos.meanReturn(), out);
        }
        return 0;
    }
}
