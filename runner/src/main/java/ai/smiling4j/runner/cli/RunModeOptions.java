package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.train.RunFolder;
import picocli.CommandLine.Option;

/** {@code --resume} or {@code --overwrite}: what to do with an existing run folder. */
final class RunModeOptions {

    @Option(names = "--resume", description = "continue the run from its last checkpoint")
    boolean resume;

    @Option(names = "--overwrite", description = "delete an existing run folder of the same name first")
    boolean overwrite;

    RunFolder.Mode mode() {
        if (resume && overwrite) {
            throw new ai.smiling4j.runner.UserError("--resume and --overwrite exclude each other; choose one");
        }
        return resume ? RunFolder.Mode.RESUME : overwrite ? RunFolder.Mode.OVERWRITE : RunFolder.Mode.NEW;
    }
}
