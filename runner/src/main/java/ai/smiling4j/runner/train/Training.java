package ai.smiling4j.runner.train;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.SoftQLearning;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.report.LinePlot;
import ai.smiling4j.runner.report.MetricsLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an experiment in its run folder: training an expert on the task reward, or imitating
 * demonstrations through a divergence. Writes the resolved config, metrics, checkpoints and
 * results.json; resumes from the last checkpoint when asked; Ctrl-C checkpoints at the end of
 * the current episode and exits cleanly.
 */
public final class Training {
    private static final Logger LOG = LoggerFactory.getLogger(Training.class);
    private static final String CONFIG = "config.yaml";

    private Training() {
    }

    /** Trains the solver on the task reward. */
    public static RunResult trainExpert(Experiment experiment, RunFolder.Mode mode, PrintStream console) {
        return run(experiment, mode, console, null, "train-expert", new AtomicBoolean());
    }

    /** Imitates {@code demonstrations} with the configured divergence and solver. */
    public static RunResult imitate(Experiment experiment, Demonstrations demonstrations, RunFolder.Mode mode,
                                    PrintStream console) {
        experiment.checkRequirements(demonstrations.hasActions());
        return run(experiment, mode, console, demonstrations, "imitate", new AtomicBoolean());
    }

    /** Runs with a stop flag that Ctrl-C, or a test, sets. */
    static RunResult run(Experiment experiment, RunFolder.Mode mode, PrintStream console,
                         Demonstrations demonstrations, String command, AtomicBoolean stop) {
        RunFolder folder = RunFolder.open(runPath(experiment), mode);
        try (RunLog log = RunLog.open(folder.resolve(RunFolder.LOG), console)) {
            try {
                log.console().println("== " + command + " " + folder.path() + (folder.resuming() ? " (resuming)" : ""));
                return run(experiment, folder, mode, log.console(), demonstrations, command, stop);
            } catch (RuntimeException e) {
                log.console().println("failed: " + e.getMessage());
                throw e;
            }
        }
    }

    private static RunResult run(Experiment experiment, RunFolder folder, RunFolder.Mode mode, PrintStream console,
                                 Demonstrations demonstrations, String command, AtomicBoolean stop) {
        String config = ExperimentConfig.toYaml(experiment.config());
        if (mode == RunFolder.Mode.CONTINUE && (folder.finished() || folder.resuming())) {
            checkSameConfig(folder, config);
        }
        if (folder.finished()) {
            console.println("run " + folder.path() + " is finished already; keeping its results");
            return RunResult.read(folder.path());
        }
        if (!folder.resuming()) {
            folder.writeAtomically(CONFIG, config);
        }
        Path work = folder.resolve("work");
        try (Environment env = experiment.newEnvironment(work);
             Environment evalEnv = experiment.newEnvironment(work);
             RLSolver solver = experiment.newSolver(work);
             Divergence divergence = demonstrations == null ? null : experiment.newDivergence(work)) {
            LoopState start = LoopState.start();
            if (folder.resuming()) {
                start = Checkpoints.load(folder.path(), solver, divergence);
                LOG.info("resuming {} at step {}", folder.path(), start.step());
            } else if (divergence != null) {
                LOG.info("fitting the expert side of divergence on {} demonstration steps", demonstrations.steps());
                long setUp = System.nanoTime();
                divergence.fitExpert(demonstrations);
                Map<String, Double> pretrained = divergence.pretrain(solver);
                if (!pretrained.isEmpty()) {
                    LOG.info("pre-trained the policy: {}", pretrained);
                }
                // the run's wall time includes the fit and the pre-training (all of behaviour cloning's work)
                start = LoopState.afterSetUp((System.nanoTime() - setUp) / 1e9);
            }
            if (divergence != null) {
                divergence.criticObjective().ifPresent(objective -> solver.capability(SoftQLearning.class)
                        .orElseThrow(() -> new UserError("the solver offers no soft-Q critic for this divergence"))
                        .useCriticObjective(objective));
            }
            RewardFunction reward = divergence == null ? RewardFunction.taskReward() : divergence;
            TrainingLoop.Settings settings = TrainingLoop.Settings.from(experiment.config().run());
            if (divergence != null && !experiment.divergenceRequirements().interaction()) {
                // an offline divergence (behaviour cloning) trained the policy in pretrain: evaluate it only
                settings = settings.withoutInteraction();
            }
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stop.set(true);
                console.println(System.lineSeparator() + "stopping at the end of this episode, after a checkpoint ...");
                awaitQuietly(finished);
            }, "smiling4j-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            TrainingLoop.Outcome outcome;
            try (MetricsLog metrics = MetricsLog.open(folder.path(), start.step())) {
                Progress progress = new Progress(console, command, start.step(), settings.steps());
                outcome = new TrainingLoop(settings, env, evalEnv, solver, divergence, reward, folder, metrics, progress,
                        stop::get).run(start);
            } finally {
                finished.countDown();
                removeHook(hook);
            }
            if (outcome.interrupted()) {
                console.println("interrupted at step " + outcome.state().step() + "; continue with --resume or --continue");
                return RunResult.interrupted(folder.path(), outcome.state().step());
            }
            RunResult result = RunResult.finished(folder.path(), experiment, outcome.state(), demonstrations);
            learningCurve(folder, experiment, demonstrations);
            folder.writeAtomically(RunFolder.RESULTS, result.toJson());
            console.printf(Locale.ROOT, "finished at step %d: final evaluation return %.1f%n", outcome.state().step(),
                    result.finalReturn());
            return result;
        }
    }

    /** learning-curve.png: the evaluation return over steps, with the demonstrations' return as a reference. */
    private static void learningCurve(RunFolder folder, Experiment experiment, Demonstrations demonstrations) {
        var returns = MetricsLog.series(folder.path(), "eval/return");
        var spread = MetricsLog.series(folder.path(), "eval/return_std");
        LinePlot plot = new LinePlot(experiment.config().run().getString("name") + " on "
                + experiment.environmentSpec().name(), "environment steps", "evaluation return")
                .add(new LinePlot.Series(demonstrations == null ? "expert (task reward)" : "learner",
                        returns.keySet().stream().mapToDouble(Long::doubleValue).toArray(),
                        returns.values().stream().mapToDouble(Double::doubleValue).toArray(),
                        returns.keySet().stream().mapToDouble(k -> spread.getOrDefault(k, 0.0)).toArray()));
        if (demonstrations != null) {
            plot.add(new LinePlot.Reference("demonstrations", demonstrations.meanReturn()));
        }
        plot.write(folder.resolve("learning-curve.png"));
    }

    /** runs/NAME of the experiment. */
    public static Path runPath(Experiment experiment) {
        return Path.of(experiment.config().run().getString("output")).resolve(experiment.config().run().getString("name"));
    }

    private static void checkSameConfig(RunFolder folder, String config) {
        Path file = folder.resolve(CONFIG);
        try {
            if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(config)) {
                throw new UserError("run folder " + folder.path() + " holds a run of another configuration (its "
                        + CONFIG + " differs); pass --overwrite to replace it, or choose another run.name");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting because of Ctrl-C: the hook is running and has what it waited for
        }
    }
}
