package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.sweep.Sweep;
import ai.smiling4j.runner.sweep.SweepStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code smiling sweep-status SWEEP}: which runs of a sweep have finished. Exit code 0 when all have. */
@Command(name = "sweep-status", mixinStandardHelpOptions = true,
        description = "Show which runs of a sweep have finished (results.json present); exit code 0 when all have.")
final class SweepStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "the sweep folder (RUN.OUTPUT/SWEEP)")
    Path folder;

    @Override
    public Integer call() {
        return new SweepStatus(Sweep.open(folder)).report(spec.commandLine().getOut()) ? 0 : 1;
    }
}
