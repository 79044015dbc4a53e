package ai.smiling4j.runner.train;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.StepResult;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.runner.report.MetricsLog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The interaction loop shared by expert training and imitation: act, step, let the solver and
 * the divergence observe, update the divergence every {@code updatePeriod()} steps and the solver
 * every step, evaluate every {@code eval-every} steps, and checkpoint at the first episode
 * boundary after every {@code checkpoint-every} steps. Episode k of training always starts from
 * the same seed, so a run resumed from a checkpoint continues exactly as it would have.
 */
final class TrainingLoop {
    /** Steps between two records of the solver's diagnostics. */
    private static final long LOG_EVERY = 1000;

    /**
     * @param steps           environment steps of the run
     * @param evalEvery       steps between evaluations
     * @param evalEpisodes    deterministic episodes per evaluation
     * @param checkpointEvery steps between checkpoints
     * @param seed            the run's seed
     */
    record Settings(long steps, long evalEvery, int evalEpisodes, long checkpointEvery, long seed) {
        static Settings from(Options run) {
            return new Settings(run.getLong("steps"), run.getLong("eval-every"), run.getInt("eval-episodes"),
                    run.getLong("checkpoint-every"), run.getLong("seed"));
        }

        /** The same settings with no environment step: the run only evaluates. */
        Settings withoutInteraction() {
            return new Settings(0, evalEvery, evalEpisodes, checkpointEvery, seed);
        }
    }

    /**
     * How a run ended.
     *
     * @param state       the loop's state at the end
     * @param lastEval    the last evaluation
     * @param interrupted true if a stop was requested before the last step
     */
    record Outcome(LoopState state, Evaluation lastEval, boolean interrupted) {
    }

    private final Settings settings;
    private final Environment env;
    private final Environment evalEnv;
    private final RLSolver solver;
    private final Divergence divergence;
    private final RewardFunction reward;
    private final RunFolder folder;
    private final MetricsLog metrics;
    private final Progress progress;
    private final BooleanSupplier stop;

    TrainingLoop(Settings settings, Environment env, Environment evalEnv, RLSolver solver, Divergence divergence,
                 RewardFunction reward, RunFolder folder, MetricsLog metrics, Progress progress, BooleanSupplier stop) {
        this.settings = settings;
        this.env = env;
        this.evalEnv = evalEnv;
        this.solver = solver;
        this.divergence = divergence;
        this.reward = reward;
        this.folder = folder;
        this.metrics = metrics;
        this.progress = progress;
        this.stop = stop;
    }

    Outcome run(LoopState from) {
        long started = System.nanoTime();
        long step = from.step();
        long episode = from.episode();
        long lastCheckpoint = from.lastCheckpoint();
        Evaluation last = step == 0 ? evaluate(0) : null;
        float[] obs = env.reset(Seeds.derive(settings.seed(), Seeds.TRAIN, episode));
        solver.startEpisode(false);
        double episodeReturn = 0;
        while (step < settings.steps()) {
            float[] action = solver.act(obs, false);
            StepResult result = env.step(action);
            Transition t = new Transition(obs, action, result.reward(), result.observation(), result.terminated(),
                    result.truncated());
            solver.observe(t);
            if (divergence != null) {
                divergence.observe(t);
            }
            step++;
            Map<String, Double> record = new LinkedHashMap<>();
            if (divergence != null && divergence.updatePeriod() > 0 && step % divergence.updatePeriod() == 0) {
                divergence.update().forEach((k, v) -> record.put("divergence/" + k, v));
            }
            Map<String, Double> updated = solver.update(reward);
            if (step % LOG_EVERY == 0) {
                updated.forEach((k, v) -> record.put("solver/" + k, v));
            }
            episodeReturn += result.reward();
            boolean checkpointNow = false;
            if (result.done()) {
                episode++;
                record.put("train/return", episodeReturn);
                episodeReturn = 0;
                obs = env.reset(Seeds.derive(settings.seed(), Seeds.TRAIN, episode));
                solver.startEpisode(false);
                checkpointNow = stop.getAsBoolean() || step - lastCheckpoint >= settings.checkpointEvery();
            } else {
                obs = result.observation();
            }
            metrics.record(step, record);
            if (step % settings.evalEvery() == 0 || step == settings.steps()) {
                last = evaluate(step);
            }
            if (checkpointNow && step < settings.steps()) {
                lastCheckpoint = step;
                Checkpoints.save(folder.path(), state(step, episode, lastCheckpoint, from, started), solver, divergence);
                if (stop.getAsBoolean()) {
                    return new Outcome(state(step, episode, lastCheckpoint, from, started), last, true);
                }
            }
            progress.update(step);
        }
        LoopState end = state(step, episode, step, from, started);
        Checkpoints.save(folder.path(), end, solver, divergence);
        return new Outcome(end, last, false);
    }

    private static LoopState state(long step, long episode, long lastCheckpoint, LoopState from, long started) {
        return new LoopState(step, episode, lastCheckpoint, from.seconds() + (System.nanoTime() - started) / 1e9);
    }

    private Evaluation evaluate(long step) {
        Evaluation e = Evaluation.run(solver, evalEnv, settings.evalEpisodes(), settings.seed());
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("eval/return", e.mean());
        values.put("eval/return_std", e.std());
        if (divergence != null) {
            divergence.diagnostics().forEach((k, v) -> values.put("divergence/" + k, v));
        }
        metrics.record(step, values);
        progress.evaluation(step, e);
        return e;
    }
}
