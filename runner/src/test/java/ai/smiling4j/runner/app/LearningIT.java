package ai.smiling4j.runner.app;

import ai.smiling4j.runner.train.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learning results, on the ready CPU experiment files in configs/cpu, through the packaged
 * application: SAC and dreamer experts on the true reward, then imitation from 5 of their episodes by every
 * divergence. Hours on 2 cores, so tagged slow: {@code ./smiling test --slow}, or one at a time
 * with {@code ./mvnw -pl runner verify -Dsmiling4j.slow=true -Dit.test='LearningIT#NAME'}.
 * Runs are kept in target/learning and rerun with {@code --continue}: a finished run is reused,
 * an interrupted one resumes, so the imitation tests reuse the experts the expert tests trained.
 */
@Tag("slow")
class LearningIT {
    private static final Path WORK = Path.of("target", "learning").toAbsolutePath();
    private static final Path CONFIGS = Path.of("..", "configs", "cpu").toAbsolutePath();
    private static final long HOURS = 3600 * 6;

    private static RunResult run(String command, String task, String method, String... sets)
            throws IOException, InterruptedException {
        Path config = CONFIGS.resolve(task).resolve(method + ".yaml");
        List<String> args = new ArrayList<>(List.of(command, config.toString(), "--continue",
                "--set", "run.output=" + WORK.resolve("runs")));
        for (String set : sets) {
            args.addAll(List.of("--set", set));
        }
        Files.createDirectories(WORK);
        var done = Application.run(WORK, Application.command(List.of(), List.of()), HOURS, args.toArray(String[]::new));
        assertEquals(0, done.code(), command + " " + config + ": " + done.err());
        RunResult result = RunResult.read(WORK.resolve("runs").resolve(task + "-" + method));
        System.err.printf("%s %s: final return %.1f, best %.1f, %s s%n", task, method, result.finalReturn(),
                ((Number) result.summary().get("best_return")).doubleValue(), result.summary().get("seconds"));
        return result;
    }

    /** The expert's 5 deterministic demonstration episodes, collected once. */
    private static Path demonstrations(String task) throws IOException, InterruptedException {
        Path file = WORK.resolve("demos").resolve(task + "-expert.hdf5");
        if (!Files.exists(file)) {
            run("train-expert", task, "expert");
            Files.createDirectories(file.getParent());
            var collected = Application.run(WORK, Application.command(List.of(), List.of()), 600, "collect-demos",
                    WORK.resolve("runs").resolve(task + "-expert").toString(), "--episodes", "5", "--out", file.toString());
            assertEquals(0, collected.code(), collected.err());
        }
        return file;
    }

    private static RunResult imitate(String task, String method) throws IOException, InterruptedException {
        return run("imitate", task, method, "demonstrations.path=" + demonstrations(task));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pendulum-swingup", "java-pendulum-swingup"})
    void sacSwingsThePendulumUpOnTheTaskReward(String task) throws Exception {
        double expert = run("train-expert", task, "expert").finalReturn();
        assertTrue(expert >= 800, task + ": the expert's final return " + expert);
    }

    /** Cheetah-run on a CPU budget: the return rises well above a random policy's (about 0 to 30). */
    @Test
    void sacCheetahRunLearningCurveRises() throws Exception {
        RunResult cheetah = run("train-expert", "cheetah-run", "expert");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> curve = (List<Map<String, Object>>) cheetah.summary().get("evaluations");
        double first = ((Number) curve.get(0).get("return")).doubleValue();
        double last = cheetah.finalReturn();
        assertTrue(last > first + 150, "cheetah-run return went from " + first + " to " + last);
    }

    /**
     * The dreamer solver (small preset) on the true reward: its evaluation return rises well above
     * its first evaluation (a policy from seed-phase data scores near 0 on the sparse swing-up).
     */
    @Test
    void dreamerLearningCurveRisesOnPendulumSwingup() throws Exception {
        RunResult dreamer = run("train-expert", "pendulum-swingup", "dreamer-expert");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> curve = (List<Map<String, Object>>) dreamer.summary().get("evaluations");
        double first = ((Number) curve.get(0).get("return")).doubleValue();
        double best = ((Number) dreamer.summary().get("best_return")).doubleValue();
        assertTrue(best > first + 200, "dreamer on pendulum-swingup: first return " + first + ", best " + best);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pendulum-swingup", "java-point-mass"})
    void smilingReachesNinetyPercentOfTheExpertFromFiveStateOnlyEpisodes(String task) throws Exception {
        double expert = run("train-expert", task, "expert").finalReturn();
        double learner = imitate(task, "smiling").finalReturn();
        assertTrue(learner >= 0.9 * expert, task + ": learner " + learner + " vs expert " + expert);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dac", "iq-learn", "bc", "diffail"})
    void baselinesRunToCompletionOnPendulumSwingup(String method) throws Exception {
        RunResult result = imitate("pendulum-swingup", method);
        assertTrue(result.finished(), method + " did not finish");
        assertTrue(Double.isFinite(result.finalReturn()), method + ": final return " + result.finalReturn());
    }
}
