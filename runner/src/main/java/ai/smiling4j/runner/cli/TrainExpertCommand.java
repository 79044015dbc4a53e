package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.train.Experiment;
import ai.smiling4j.runner.train.RunResult;
import ai.smiling4j.runner.train.Training;
import picocli.CommandLine.Command;

import java.util.Locale;

/** {@code smiling train-expert CONFIG}: trains the configured solver on the task reward. */
@Command(name = "train-expert", mixinStandardHelpOptions = true,
        description = "Train the configured solver on the task's own reward; the run folder keeps the policy.")
final class TrainExpertCommand extends RunCommand {

    @Override
    public Integer call() {
        Experiment e = experiment("train-expert");
        RunResult r = Training.trainExpert(e, mode.mode(), System.err);
        if (r.finished()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "expert trained: final return %.1f; run folder %s%n", r.finalReturn(), r.folder());
        }
        return 0;
    }
}
