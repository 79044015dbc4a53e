package ai.smiling4j.runner.reproduce;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.data.DemonstrationFiles;
import ai.smiling4j.runner.report.ComparisonReport;
import ai.smiling4j.runner.sweep.LocalSweep;
import ai.smiling4j.runner.sweep.SeedList;
import ai.smiling4j.runner.sweep.Sweep;
import ai.smiling4j.runner.sweep.SweepTask;
import ai.smiling4j.runner.train.Evaluation;
import ai.smiling4j.runner.train.RunFolder;
import ai.smiling4j.runner.train.TrainedPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper's comparison run end to end on this machine, through sweeps: (1) an expert per task
 * on the task reward, (2) demonstrations from each expert (deterministic episodes) and the
 * expert's own return over evaluation episodes, (3) per task, every labelled method run with
 * every seed, (4) the comparison report. Every stage keeps what an earlier call finished, so
 * calling it again after a stop continues where it stopped.
 *
 * <p>Under the output folder: {@code experts/} (the expert sweep), {@code demos/TASK.hdf5} and
 * {@code demos/TASK.json} (the expert's return), {@code configs/TASK/LABEL.yaml} (the resolved
 * experiment files the sweeps run) and {@code TASK/} (each task's sweep and runs).
 */
public final class Reproduction {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Deterministic episodes that measure an expert's return. */
    static final int EXPERT_EPISODES = 10;

    private final Plan plan;
    private final int expertSeed;
    private final double minExpert;
    private final SeedList seeds;
    private final Path output;
    private final int parallel;
    private final PluginRegistry registry;
    private final List<String> launcherOptions;

    /**
     * @param expertSeed      the seed of every expert
     * @param minExpert       the least return an expert must reach, as a fraction of its task's
     *                        best possible return, for its task to go on
     * @param launcherOptions options every task's smiling command gets (e.g. {@code --plugins DIR})
     */
    public Reproduction(Plan plan, int expertSeed, double minExpert, SeedList seeds, Path output, int parallel,
                        PluginRegistry registry, List<String> launcherOptions) {
        this.plan = plan;
        this.expertSeed = expertSeed;
        this.minExpert = minExpert;
        this.seeds = seeds;
        this.output = output.toAbsolutePath().normalize();
        this.parallel = parallel;
        this.registry = registry;
        this.launcherOptions = List.copyOf(launcherOptions);
    }

    /** The sweeps' sizes, without running anything. */
    public void describe(PrintWriter out) {
        out.printf("experts: %d runs (seed %d) into %s%n", plan.tasks().size(), expertSeed, output.resolve("experts"));
        plan.tasks().forEach((task, p) -> out.printf("%s: %d method runs x %d seeds = %d runs (%s)%n", task,
                p.methods().size(), seeds.seeds().size(), p.methods().size() * seeds.seeds().size(),
                String.join(", ", p.methods().stream().map(Plan.MethodRun::label).toList())));
    }

    /**
     * Runs every stage that is not finished yet and writes the report into {@code results}.
     *
     * @return true if every run of the plan finished
     */
    public boolean run(Path results, String title, PrintWriter out) throws InterruptedException {
        List<String> launcher = LocalSweep.smilingScript();
        Map<String, Path> experts = trainExperts(launcher, out);
        boolean complete = experts.values().stream().allMatch(RunFolder::isFinished);
        Map<String, ComparisonReport.Expert> references = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : experts.entrySet()) {
            if (!RunFolder.isFinished(e.getValue())) {
                continue;
            }
            JsonNode summary = demonstrate(e.getKey(), e.getValue(), out);
            double best = summary.path("best_possible_return").asDouble();
            double reached = summary.path("expert_return").asDouble();
            if (reached < minExpert * best) {
                out.printf(java.util.Locale.ROOT, "%s: the expert (seed %d) reached %.1f, below %.0f%% of the task's best"
                        + " possible %.1f: its demonstrations would teach nothing, so the task stops here; train it with"
                        + " another --expert-seed or a bigger budget%n", e.getKey(), expertSeed, reached, 100 * minExpert, best);
                complete = false;
                continue;
            }
            references.put(e.getKey(), expert(summary));
        }
        List<ComparisonReport.Task> tasks = new ArrayList<>();
        for (Map.Entry<String, ComparisonReport.Expert> e : references.entrySet()) {
            Sweep sweep = taskSweep(e.getKey());
            complete &= new LocalSweep(sweep, launcher, launcherOptions, parallel).run(out);
            tasks.add(new ComparisonReport.Task(e.getKey(), e.getValue(), sweep.folder()));
        }
        ComparisonReport report = ComparisonReport.collect(title, tasks, plan.labelOrder());
        if (report.finishedRuns() == 0) {
            out.println("no imitation run has finished yet: no report written");
            return false;
        }
        for (Path file : report.write(results)) {
            out.println("wrote " + file);
        }
        return complete;
    }

    /** Stage 1: the expert sweep; returns each task's expert run folder. */
    private Map<String, Path> trainExperts(List<String> launcher, PrintWriter out) throws InterruptedException {
        List<Path> configs = plan.tasks().values().stream().map(Plan.TaskPlan::expert).toList();
        Sweep sweep = Sweep.create(configs, List.of("run.output=" + output), SeedList.parse(Integer.toString(expertSeed)),
                "experts", registry);
        new LocalSweep(sweep, launcher, launcherOptions, parallel).run(out);
        Map<String, Path> folders = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(plan.tasks().keySet());
        for (SweepTask t : sweep.tasks()) {
            folders.put(names.get(t.index()), t.runFolder());
        }
        return folders;
    }

    /** Stage 2: the task's demonstrations and its expert's return, made once per expert run; their summary. */
    private JsonNode demonstrate(String task, Path expertRun, PrintWriter out) {
        Path demos = demonstrationsFile(task);
        Path summary = output.resolve("demos").resolve(task + ".json");
        int episodes = plan.demonstrationEpisodesNeeded();
        try {
            if (Files.exists(summary) && Files.exists(demos)) {
                JsonNode s = JSON.readTree(summary.toFile());
                if (s.path("demonstration_episodes").asInt() >= episodes && s.path("expert_run").asText().equals(expertRun.toString())) {
                    return s;
                }
            }
            try (TrainedPolicy policy = TrainedPolicy.open(expertRun, registry)) {
                Evaluation eval = policy.evaluate(EXPERT_EPISODES);
                EnvironmentSpec spec = policy.experiment().environmentSpec();
                Demonstrations d = policy.collect(episodes, policy.experiment().seed(), true);
                DemonstrationFiles.write(demos, d, true);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("task", task);
                s.put("expert_run", expertRun.toString());
                s.put("expert_return", eval.mean());
                s.put("expert_return_std", eval.std());
                s.put("expert_episodes", eval.episodes());
                s.put("best_possible_return", spec.rewardMax() * spec.maxEpisodeSteps());
                s.put("demonstration_return", d.meanReturn());
                s.put("demonstration_episodes", d.episodes().size());
                JsonNode written = JSON.valueToTree(s);
                AtomicFiles.writeText(summary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(written));
                out.printf("%s: expert return %.1f +- %.1f over %d episodes; %d demonstrations (return %.1f) in %s%n",
                        task, eval.mean(), eval.std(), eval.episodes(), d.episodes().size(), d.meanReturn(), demos);
                return written;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + summary, e);
        }
    }

    private static ComparisonReport.Expert expert(JsonNode s) {
        return new ComparisonReport.Expert(s.path("expert_return").asDouble(), s.path("expert_return_std").asDouble(),
                s.path("demonstration_return").asDouble(), s.path("demonstration_episodes").asInt());
    }

    private Path demonstrationsFile(String task) {
        return output.resolve("demos").resolve(task + ".hdf5");
    }

    /** Stage 3's sweep of one task: its labelled runs written as resolved files, then swept over the seeds. */
    private Sweep taskSweep(String task) {
        Path folder = output.resolve("configs").resolve(task);
        List<Path> files = new ArrayList<>();
        for (Plan.MethodRun run : plan.tasks().get(task).methods()) {
            List<String> overrides = new ArrayList<>(run.overrides());
            overrides.addAll(List.of("run.name=" + task + "-" + run.label(), "run.label=" + run.label(),
                    "run.output=" + output, "demonstrations.path=" + demonstrationsFile(task)));
            Path file = folder.resolve(run.label() + ".yaml");
            try {
                String yaml = ExperimentConfig.toYaml(ExperimentConfig.load(run.config()).withOverrides(overrides).resolve(registry));
                AtomicFiles.writeText(file, "# " + run.label() + " on " + task + ", from " + run.config() + "\n" + yaml);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            } catch (UserError e) {
                throw new UserError(run.config() + " (as " + run.label() + "): " + e.getMessage());
            }
            files.add(file);
        }
        return Sweep.create(files, List.of(), seeds, task, registry);
    }
}
