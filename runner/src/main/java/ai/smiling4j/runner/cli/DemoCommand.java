package ai.smiling4j.runner.cli;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.data.DemonstrationFiles;
import ai.smiling4j.runner.report.LinePlot;
import ai.smiling4j.runner.report.MetricsLog;
import ai.smiling4j.runner.train.DemonstrationSource;
import ai.smiling4j.runner.train.Evaluation;
import ai.smiling4j.runner.train.Experiment;
import ai.smiling4j.runner.train.RunFolder;
import ai.smiling4j.runner.train.RunResult;
import ai.smiling4j.runner.train.TrainedPolicy;
import ai.smiling4j.runner.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code smiling demo}: the embedded end-to-end example. Trains an expert on a small task (or
 * reuses the one a previous demo trained), collects 5 demonstrations, imitates them with SMILING
 * from states only, evaluates both, and prints a table and writes a plot of expert vs learner.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "End-to-end imitation on an embedded example: expert, 5 demonstrations, SMILING, evaluation.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--output", defaultValue = "runs", description = "folder of the demo's runs (default runs)")
    Path output;

    @Option(names = "--set", paramLabel = "SLOT.KEY=VALUE",
            description = "override a value of the imitation run, e.g. --set run.steps=20000 (repeatable)")
    List<String> overrides = new java.util.ArrayList<>();

    @Option(names = "--expert-set", paramLabel = "SLOT.KEY=VALUE",
            description = "override a value of the expert run (repeatable)")
    List<String> expertOverrides = new java.util.ArrayList<>();

    @Option(names = "--overwrite", description = "run every stage again, replacing the previous demo's runs")
    boolean overwrite;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry = plugins.registry();
        List<String> outputs = List.of("run.output=" + output);
        Experiment expert = new Experiment(ExperimentConfig.embedded("/ai/smiling4j/runner/demo-expert.yaml")
                .withOverrides(join(outputs, expertOverrides)).resolve(registry), registry, "demo");
        Path expertRun = Training.runPath(expert);
        Path demosFile = expertRun.resolve("demonstrations.hdf5");
        Experiment imitation = new Experiment(ExperimentConfig.embedded("/ai/smiling4j/runner/demo-imitate.yaml")
                .withOverrides(join(outputs, List.of("demonstrations.path=" + demosFile), overrides))
                .resolve(registry), registry, "demo");
        imitation.checkRequirements(imitation.config().demonstrations().getBoolean("use-actions"));
        RunFolder.Mode mode = overwrite ? RunFolder.Mode.OVERWRITE : RunFolder.Mode.NEW;

        out.println("1/4 expert: SAC on the task reward (" + expertRun + ")");
        if (overwrite || !RunFolder.isFinished(expertRun)) {
            Training.trainExpert(expert, mode, System.err);
        } else {
            out.println("    reusing the expert trained by an earlier demo");
        }
        Evaluation expertReturn;
        try (TrainedPolicy policy = TrainedPolicy.open(expertRun, registry)) {
            expertReturn = policy.evaluate(5);
            out.println("2/4 demonstrations: 5 episodes of the expert (" + demosFile + ")");
            if (overwrite || !Files.exists(demosFile)) {
                DemonstrationFiles.write(demosFile, policy.collect(5, imitation.seed(), true), true);
            }
        }
        Demonstrations demos = DemonstrationFiles.read(demosFile);

        Path learnerRun = Training.runPath(imitation);
        out.println("3/4 imitation: SMILING from the demonstrations' states (" + learnerRun + ")");
        RunResult learner = overwrite || !RunFolder.isFinished(learnerRun)
                ? Training.imitate(imitation, DemonstrationSource.load(imitation), mode, System.err)
                : null;
        Evaluation learnerReturn;
        try (TrainedPolicy policy = TrainedPolicy.open(learnerRun, registry)) {
            learnerReturn = policy.evaluate(5);
        }
        out.println("4/4 evaluation: 5 deterministic episodes each");
        Path plot = learnerRun.resolve("expert-vs-learner.png");
        TreeMap<Long, Double> curve = MetricsLog.series(learnerRun, "eval/return");
        TreeMap<Long, Double> spread = MetricsLog.series(learnerRun, "eval/return_std");
        new LinePlot("SMILING on " + imitation.environmentSpec().name() + " from 5 state-only demonstrations",
                "environment steps", "episode return")
                .add(new LinePlot.Series("SMILING (learner)", curve.keySet().stream().mapToDouble(Long::doubleValue).toArray(),
                        curve.values().stream().mapToDouble(Double::doubleValue).toArray(),
                        spread.values().stream().mapToDouble(Double::doubleValue).toArray()))
                .add(new LinePlot.Reference("expert", expertReturn.mean()))
                .write(plot);

        out.println();
        out.printf(Locale.ROOT, "%-30s %10s %8s %14s%n", "policy", "return", "std", "of expert");
        out.printf(Locale.ROOT, "%-30s %10.1f %8.1f %13.0f%%%n", "expert (SAC, task reward)", expertReturn.mean(),
                expertReturn.std(), 100.0);
        out.printf(Locale.ROOT, "%-30s %10.1f %8s %13.0f%%%n", "demonstrations (5 episodes)", demos.meanReturn(), "",
                100 * demos.meanReturn() / expertReturn.mean());
        out.printf(Locale.ROOT, "%-30s %10.1f %8.1f %13.0f%%%n", "learner (SMILING, states only)", learnerReturn.mean(),
                learnerReturn.std(), 100 * learnerReturn.mean() / expertReturn.mean());
        out.println();
        out.println("plot:        " + plot);
        out.println("run folders: " + expertRun + ", " + learnerRun + (learner == null ? " (reused)" : ""));
        out.println("metrics:     " + learnerRun.resolve("metrics.csv") + ", TensorBoard: " + learnerRun.resolve("tensorboard"));
        return 0;
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
