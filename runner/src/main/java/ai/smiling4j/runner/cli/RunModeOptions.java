package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.train.RunFolder;
import picocli.CommandLine.Option;

/** {@code --resume}, {@code --overwrite} or {@code --continue}: what to do with an existing run folder. */
final class RunModeOptions {

    @Option(names = "--resume", description = "continue the run from its last checkpoint")
    boolean resume;

    @Option(names = "--overwrite", description = "delete an existing run folder of the same name first")
    boolean overwrite;

    @Option(names = "--continue", description = "keep a finished run, resume one with a checkpoint, start any other")
    boolean continueRun;

    RunFolder.Mode mode() {
        int chosen = (resume ? 1 : 0) + (overwrite ? 1 : 0) + (continueRun ? 1 : 0);
        if (chosen > 1) {
            throw new UserError("--resume, --overwrite and --continue exclude each other; choose one");
        }
        return resume ? RunFolder.Mode.RESUME : overwrite ? RunFolder.Mode.OVERWRITE
                : continueRun ? RunFolder.Mode.CONTINUE : RunFolder.Mode.NEW;
    }
}
