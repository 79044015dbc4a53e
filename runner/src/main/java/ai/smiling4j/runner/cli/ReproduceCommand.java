package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.reproduce.Plan;
import ai.smiling4j.runner.reproduce.Reproduction;
import ai.smiling4j.runner.sweep.SeedList;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smiling reproduce}: the paper's comparison on this machine, written to docs/results. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Run the paper's comparison (SMILING, DAC, IQ-Learn, DiffAIL, BC; states only and state-action)",
                "from expert demonstrations over seeds, through sweeps, and write a results table, learning curves",
                "and every run's results. Running it again continues what a stop interrupted."})
final class ReproduceCommand implements Callable<Integer> {
    /** The CPU budget's tasks: what must finish on a 2-core machine. */
    static final List<String> CPU_TASKS = List.of("pendulum-swingup", "cartpole-swingup", "point_mass-easy", "ball_in_cup-catch");

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--budget", defaultValue = "cpu", description = "cpu (small presets, this machine) or paper (default cpu)")
    String budget;

    @Option(names = "--configs", paramLabel = "DIR", description = "the task folders of experiment files (default configs/BUDGET)")
    Path configs;

    @Option(names = "--tasks", split = ",", paramLabel = "TASK", description = "tasks (default: cpu: "
            + "pendulum-swingup, cartpole-swingup, point_mass-easy, ball_in_cup-catch; paper: every task of configs/paper)")
    List<String> tasks;

    @Option(names = "--methods", split = ",", paramLabel = "METHOD",
            description = "methods (default smiling,dac,iq-learn,diffail,bc)")
    List<String> methods = Plan.PAPER_METHODS;

    @Option(names = "--variants", defaultValue = "both", description = "state, state-action or both (default both)")
    String variants;

    @Option(names = "--seeds", defaultValue = "0-2", description = "seeds of every method run (default 0-2)")
    String seeds;

    @Option(names = "--ablations", description = "also the paper's ablations on one task: 1 and 25 demonstrations, linear score model")
    boolean ablations;

    @Option(names = "--ablation-task", paramLabel = "TASK", description = "the task of the ablations (default: the first task)")
    String ablationTask;

    @Option(names = "--expert-seed", defaultValue = "0", paramLabel = "SEED", description = "the experts' seed (default 0)")
    int expertSeed;

    @Option(names = "--min-expert", defaultValue = "0.3", paramLabel = "FRACTION",
            description = "the least return an expert must reach, as a fraction of its task's best possible (default 0.3)")
    double minExpert;

    @Option(names = "--output", paramLabel = "DIR", description = "the runs' folder (default runs/reproduce-BUDGET)")
    Path output;

    @Option(names = "--results", paramLabel = "DIR", description = "where the report goes (default docs/results/BUDGET)")
    Path results;

    @Option(names = "--parallel", paramLabel = "N", description = "runs at once (default: one per core)")
    Integer parallel;

    @Option(names = "--dry-run", description = "print what would run, run nothing")
    boolean dryRun;

    @Override
    public Integer call() throws InterruptedException {
        String b = budget.toLowerCase(Locale.ROOT);
        if (!b.equals("cpu") && !b.equals("paper")) {
            throw new UserError("--budget must be cpu or paper, not '" + budget + "'");
        }
        if (parallel != null && parallel < 1) {
            throw new UserError("--parallel must be at least 1, not " + parallel);
        }
        Set<String> unknown = new LinkedHashSet<>(methods);
        unknown.removeAll(Plan.PAPER_METHODS);
        if (!unknown.isEmpty()) {
            throw new UserError("--methods knows " + String.join(", ", Plan.PAPER_METHODS) + ", not " + String.join(", ", unknown));
        }
        Path home = home();
        Path folder = configs != null ? configs : home.resolve("configs").resolve(b);
        List<String> chosen = tasks != null ? tasks : b.equals("cpu") ? CPU_TASKS : taskFolders(folder);
        String ablated = ablations ? (ablationTask != null ? ablationTask : chosen.get(0)) : null;
        if (!ablations && ablationTask != null) {
            throw new UserError("--ablation-task chooses the task of --ablations; add --ablations");
        }
        Plan plan = Plan.read(folder, chosen, new LinkedHashSet<>(methods), Plan.Variants.parse(variants), ablated);
        List<String> options = plugins.folder == null ? List.of()
                : List.of("--plugins", plugins.folder.toAbsolutePath().normalize().toString());
        int n = parallel != null ? parallel : Math.max(1, Runtime.getRuntime().availableProcessors());
        if (expertSeed < 0) {
            throw new UserError("--expert-seed must be 0 or more, not " + expertSeed);
        }
        if (!(minExpert >= 0 && minExpert <= 1)) {
            throw new UserError("--min-expert is a fraction of the best possible return, from 0 to 1, not " + minExpert);
        }
        Reproduction reproduction = new Reproduction(plan, expertSeed, minExpert, SeedList.parse(seeds),
                output != null ? output : Path.of("runs", "reproduce-" + b), n, plugins.registry(), options);
        PrintWriter out = spec.commandLine().getOut();
        reproduction.describe(out);
        if (dryRun) {
            return 0;
        }
        String title = "Imitation from expert demonstrations (" + b + " budget)";
        return reproduction.run(results != null ? results : home.resolve("docs").resolve("results").resolve(b), title, out) ? 0 : 1;
    }

    /** The checkout this launch came from, else the working folder. */
    private static Path home() {
        String home = System.getProperty("smiling.home");
        return home == null ? Path.of("") : Path.of(home);
    }

    private static List<String> taskFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserError("the configs folder " + folder + " does not exist");
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new UserError("cannot list " + folder + ": " + e.getMessage());
        }
    }
}
