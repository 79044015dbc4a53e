package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.train.DemonstrationSource;
import ai.smiling4j.runner.train.Experiment;
import ai.smiling4j.runner.train.RunResult;
import ai.smiling4j.runner.train.Training;
import picocli.CommandLine.Command;

import java.util.Locale;

/** {@code smiling imitate CONFIG}: learns from demonstrations with the configured divergence and solver. */
@Command(name = "imitate", mixinStandardHelpOptions = true,
        description = "Imitate the demonstrations: the divergence's reward trains the solver; the task reward only evaluates.")
final class ImitateCommand extends RunCommand {

    @Override
    public Integer call() {
        Experiment e = experiment("imitate");
        var demos = DemonstrationSource.load(e);
        RunResult r = Training.imitate(e, demos, mode.mode(), System.err);
        if (r.finished()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "imitation done: final return %.1f (demonstrations: %.1f); run folder %s%n",
                    r.finalReturn(), demos.meanReturn(), r.folder());
        }
        return 0;
    }
}
