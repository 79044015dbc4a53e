package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.sweep.LocalSweep;
import ai.smiling4j.runner.sweep.SeedList;
import ai.smiling4j.runner.sweep.SlurmArray;
import ai.smiling4j.runner.sweep.SlurmOptions;
import ai.smiling4j.runner.sweep.Sweep;
import ai.smiling4j.runner.sweep.SweepStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code smiling sweep CONFIG... --seeds 0-4}: every config with every seed, run here in parallel
 * or submitted to Slurm as a job array.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run every config with every seed: here, at most --parallel at once, or as a Slurm job array.",
                "Runs go to RUN.OUTPUT/SWEEP/RUN.NAME-sSEED; running the same sweep again continues it."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(paramLabel = "CONFIG", arity = "1..*", description = "experiment files (YAML)")
    List<Path> configs;

    @Option(names = "--seeds", defaultValue = "0", paramLabel = "SEEDS",
            description = "a range like 0-4 or a list like 0,3,7 (default 0)")
    String seeds;

    @Option(names = "--set", paramLabel = "SLOT.KEY=VALUE", description = "override one value in every config (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N",
            description = "tasks at once (default: one per core here; no limit on Slurm)")
    Integer parallel;

    @Option(names = "--name", paramLabel = "SWEEP", description = "the sweep's folder name (default: the configs' names)")
    String name;

    @Option(names = "--slurm", description = "write SWEEP/slurm.sh, a Slurm job array, instead of running here")
    boolean slurm;

    @Option(names = "--submit", description = "with --slurm: submit it with sbatch and print the job id")
    boolean submit;

    @Option(names = "--wait", description = "with --submit: wait until the job has left the queue, then report the runs")
    boolean await;

    @Option(names = "--partition", paramLabel = "P", description = "with --slurm: the partition")
    String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "with --slurm: each task's time limit")
    String time;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "1",
            description = "with --slurm: CPUs of each task (default 1)")
    int cpusPerTask;

    @Override
    public Integer call() throws InterruptedException {
        checkOptionsFit();
        SeedList seedList = SeedList.parse(seeds);
        Path home = LocalSweep.smilingHome();
        Sweep sweep = Sweep.create(configs, overrides, seedList, name, plugins.registry());
        PrintWriter out = spec.commandLine().getOut();
        List<String> options = plugins.folder == null ? List.of()
                : List.of("--plugins", plugins.folder.toAbsolutePath().normalize().toString());
        if (!slurm) {
            int n = parallel == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : parallel;
            return new LocalSweep(sweep, List.of(home.resolve("smiling").toString()), options, n).run(out) ? 0 : 1;
        }
        SlurmArray array = new SlurmArray(sweep);
        Path script = array.write(new SlurmOptions(partition, time, cpusPerTask, parallel == null ? 0 : parallel), home, options);
        out.println("wrote " + script + " (" + sweep.tasks().size() + " tasks); submit it with: sbatch " + script);
        if (!submit) {
            return 0;
        }
        String job = array.submit();
        out.println("submitted job " + job);
        out.flush();
        if (!await) {
            return 0;
        }
        SlurmArray.await(job, Duration.ofSeconds(5), out);
        return new SweepStatus(sweep).report(out) ? 0 : 1;
    }

    private void checkOptionsFit() {
        if (parallel != null && parallel < 1) {
            throw new UserError("--parallel must be at least 1, not " + parallel);
        }
        if (!slurm && (submit || partition != null || time != null || spec.commandLine().getParseResult().hasMatchedOption("--cpus-per-task"))) {
            throw new UserError("--submit, --partition, --time and --cpus-per-task apply to Slurm; add --slurm");
        }
        if (await && !submit) {
            throw new UserError("--wait follows a submitted job; add --slurm --submit");
        }
    }

}
