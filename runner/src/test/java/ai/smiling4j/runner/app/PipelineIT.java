package ai.smiling4j.runner.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline through the packaged application on the module path, on tiny budgets:
 * train-expert (sac), collect-demos (HDF5), imitate (smiling with ddpm-mlp), evaluate; and a
 * run killed with SIGKILL and resumed, which must end exactly like the uninterrupted run.
 */
class PipelineIT {
    @TempDir
    static Path work;

    private static final String SOLVER = "solver: {name: sac, hidden: 32, batch-size: 32, seed-steps: 200}";
    private static final String ENV = "environment: {name: java-point-mass, max-steps: 100}";

    private static Application.Run smiling(long seconds, String... args) throws IOException, InterruptedException {
        return Application.run(work, Application.command(List.of(), List.of()), seconds, args);
    }

    private static Path config(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String imitation(String name, int steps) {
        return """
                run: {name: %s, seed: 3, steps: %d, eval-every: 300, checkpoint-every: 200, output: runs}
                %s
                demonstrations: {path: demos.hdf5, episodes: 2}
                divergence: {name: smiling, reward-samples: 8, expert-epochs: 5, learner-samples: 256, update-every: 200, batch-size: 64}
                score-model: {name: ddpm-mlp, width: 32, steps: 100}
                %s
                """.formatted(name, steps, ENV, SOLVER);
    }

    @BeforeAll
    static void expertAndDemonstrations() throws Exception {
        Path expert = config("expert.yaml", """
                run: {name: expert, steps: 600, eval-every: 300, checkpoint-every: 300, output: runs}
                %s
                %s
                """.formatted(ENV, SOLVER));
        var trained = smiling(300, "train-expert", expert.toString());
        assertEquals(0, trained.code(), trained.err());
        assertTrue(trained.out().contains("expert trained: final return"), trained.out());
        var demos = smiling(120, "collect-demos", "runs/expert", "--episodes", "2", "--out", "demos.hdf5");
        assertEquals(0, demos.code(), demos.err());
        assertTrue(demos.out().contains("wrote 2 episodes (200 steps"), demos.out());
    }

    @Test
    void configPrintsTheExperimentWithItsDefaults() throws Exception {
        var printed = smiling(120, "config", config("imitate-config.yaml", imitation("printed", 600)).toString(),
                "--set", "run.output=elsewhere");
        assertEquals(0, printed.code(), printed.err());
        assertTrue(printed.out().contains("output: elsewhere"), printed.out());
        assertTrue(printed.out().contains("gamma: 0.99"), "the solver's defaults are filled in: " + printed.out());
    }

    @Test
    void imitationAndEvaluation() throws Exception {
        var run = smiling(300, "imitate", config("imitate.yaml", imitation("smiling", 600)).toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("imitation done: final return"), run.out());
        String results = Files.readString(work.resolve("runs/smiling/results.json"));
        assertTrue(results.contains("\"divergence\" : \"smiling\""), results);
        var evaluated = smiling(120, "evaluate", "runs/smiling", "--episodes", "2");
        assertEquals(0, evaluated.code(), evaluated.err());
        assertTrue(evaluated.out().contains("over 2 episodes"), evaluated.out());
    }

    /**
     * A run killed with SIGKILL after a checkpoint and resumed ends exactly like the uninterrupted
     * run. The solver is the plain-Java fixture, so that any difference is the runner's doing:
     * libtorch's kernels round differently from one process to another in their last bits, which
     * an RL run then amplifies (docs/divergences-from-paper.md).
     */
    @Test
    void killedRunResumesToTheUninterruptedResult() throws Exception {
        Path plugins = Application.fixtureSolverJar(work.resolve("fixture-plugins"));
        String config = """
                run: {name: %s, seed: 3, steps: 200000, eval-every: 50000, checkpoint-every: 2000, output: runs}
                environment: {name: java-point-mass, max-steps: 100}
                solver: {name: fixture-linear}
                """;
        var straight = smiling(300, "train-expert", config("straight.yaml", config.formatted("straight")).toString(),
                "--plugins", plugins.toString());
        assertEquals(0, straight.code(), straight.err());

        Path killedConfig = config("killed.yaml", config.formatted("killed"));
        List<String> cmd = new java.util.ArrayList<>(Application.command(List.of(), List.of()));
        cmd.addAll(List.of("train-expert", killedConfig.toString(), "--plugins", plugins.toString()));
        Process p = Application.process(cmd, work).redirectErrorStream(true)
                .redirectOutput(work.resolve("killed.log").toFile()).start();
        Path checkpoint = work.resolve("runs/killed/checkpoints/latest/loop.properties");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!Files.exists(checkpoint) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(work.resolve("killed.log")));
        p.destroyForcibly().waitFor();
        assertTrue(!Files.exists(work.resolve("runs/killed/results.json")));

        var resumed = smiling(300, "train-expert", killedConfig.toString(), "--resume", "--plugins", plugins.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(Files.readString(work.resolve("runs/straight/metrics.csv")),
                Files.readString(work.resolve("runs/killed/metrics.csv")));
        assertArrayEquals(Files.readAllBytes(work.resolve("runs/straight/checkpoints/latest/solver/linear.bin")),
                Files.readAllBytes(work.resolve("runs/killed/checkpoints/latest/solver/linear.bin")));
    }
}
