package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.report.ResultsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code smiling plot FOLDER...}: learning curves and a results table over the runs found in the folders. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Compare finished runs: one PNG per environment (a curve per method, mean and std over seeds),",
                "and results.md and results.csv with each method's final value."})
final class PlotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", arity = "1..*", description = "run folders, sweep folders, or any folders holding them")
    List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: the folder, when only one is given)")
    Path out;

    @Option(names = "--metric", defaultValue = "eval/return", description = "the metric of metrics.csv (default eval/return)")
    String metric;

    @Override
    public Integer call() {
        if (out == null && folders.size() > 1) {
            throw new UserError("with several folders, say where to write with --out DIR");
        }
        ResultsReport report = ResultsReport.collect(folders, metric);
        for (Path file : report.write(out == null ? folders.get(0) : out)) {
            spec.commandLine().getOut().println("wrote " + file);
        }
        return 0;
    }
}
