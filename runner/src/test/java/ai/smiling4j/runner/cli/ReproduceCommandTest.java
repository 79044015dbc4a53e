package ai.smiling4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.smiling4j.runner.data.DemonstrationFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code reproduce} end to end on a tiny task folder: expert, demonstrations, a method over two seeds, the report. */
class ReproduceCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final SmilingScriptStandIn script = new SmilingScriptStandIn();

    private Path configs() throws IOException {
        Path task = Files.createDirectories(dir.resolve("configs/java-point-mass"));
        Files.writeString(task.resolve("expert.yaml"), """
                run: {name: pm-expert, steps: 300, eval-every: 150, checkpoint-every: 150, output: elsewhere}
                environment: {name: java-point-mass, max-steps: 50}
                solver: {name: fixture-linear}
                """);
        Files.writeString(task.resolve("dac.yaml"), """
                run: {name: pm-dac, steps: 200, eval-every: 100, checkpoint-every: 100, output: elsewhere}
                environment: {name: java-point-mass, max-steps: 50}
                demonstrations: {path: not-used.hdf5, episodes: 5}
                divergence: {name: dac}
                solver: {name: fixture-linear}
                """);
        Files.writeString(task.resolve("dac-sa.yaml"), "run: {name: never-run}\n");
        return dir.resolve("configs");
    }

    @Test
    void runsTheStagesWritesTheReportAndContinuesWhenCalledAgain() throws IOException {
        Path configs = configs();
        Path out = dir.resolve("runs");
        Path results = dir.resolve("results");
        String[] args = {"reproduce", "--configs", configs.toString(), "--tasks", "java-point-mass", "--methods", "dac",
                "--variants", "state", "--seeds", "0-1", "--output", out.toString(), "--results", results.toString(),
                "--parallel", "2", "--min-expert", "0"};
        MainTest.Result first = MainTest.run(args);
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("java-point-mass: 1 method runs x 2 seeds = 2 runs (dac)"), first.out());
        assertEquals(5, DemonstrationFiles.read(out.resolve("demos/java-point-mass.hdf5")).episodes().size());

        JsonNode json = new ObjectMapper().readTree(results.resolve("results.json").toFile());
        JsonNode task = json.path("tasks").path("java-point-mass");
        double expert = task.path("expert").path("return").asDouble();
        assertTrue(expert > 0, "the expert's return is measured: " + expert);
        assertEquals(2, task.path("runs").size());
        for (JsonNode run : task.path("runs")) {
            assertEquals("dac", run.path("method").asText());
            assertEquals(run.path("final_return").asDouble() / expert, run.path("fraction_of_expert").asDouble(), 1e-9);
        }
        assertEquals(2, task.path("methods").path("dac").path("seeds").asInt());
        String md = Files.readString(results.resolve("results.md"));
        assertTrue(md.contains("| task | expert return | dac |"), md);
        assertTrue(md.contains("| java-point-mass | %.1f | ".formatted(expert)), md);
        assertTrue(md.contains("(2) |"), md);
        assertTrue(Files.size(results.resolve("java-point-mass.png")) > 1000);

        MainTest.Result again = MainTest.run(args);
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(Files.readString(out.resolve("java-point-mass/java-point-mass-dac-s1/log.txt"))
                .contains("is finished already; keeping its results"));
    }

    @Test
    void aTaskWhoseExpertFailedStopsBeforeItsMethodsRun() throws IOException {
        Path configs = configs();
        Path out = dir.resolve("runs");
        MainTest.Result r = MainTest.run("reproduce", "--configs", configs.toString(), "--tasks", "java-point-mass",
                "--methods", "dac", "--variants", "state", "--seeds", "0", "--output", out.toString(), "--results",
                dir.resolve("results").toString(), "--min-expert", "1");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*java-point-mass: the expert \\(seed 0\\) reached [0-9.]+, below 100% of the task's"
                + " best possible 50\\.0: its demonstrations would teach nothing, so the task stops here; train it with"
                + " another --expert-seed or a bigger budget\n.*"), r.out());
        assertTrue(r.out().contains("no imitation run has finished yet: no report written"), r.out());
        assertTrue(!Files.exists(out.resolve("java-point-mass")), "no method ran");
    }

    @Test
    void mistakesAreOneSentence() throws IOException {
        Path configs = configs();
        MainTest.Result task = MainTest.run("reproduce", "--configs", configs.toString(), "--tasks", "cheetah-run", "--dry-run");
        assertEquals(2, task.code());
        assertEquals("error: " + configs + " has no cheetah-run/expert.yaml; its tasks are: java-point-mass", task.err().strip());
        MainTest.Result method = MainTest.run("reproduce", "--configs", configs.toString(), "--methods", "gail", "--dry-run");
        assertEquals(2, method.code());
        assertEquals("error: --methods knows smiling, dac, iq-learn, diffail, bc, not gail", method.err().strip());
        MainTest.Result budget = MainTest.run("reproduce", "--budget", "gpu");
        assertEquals(2, budget.code());
        assertEquals("error: --budget must be cpu or paper, not 'gpu'", budget.err().strip());
        MainTest.Result dry = MainTest.run("reproduce", "--configs", configs.toString(), "--tasks", "java-point-mass",
                "--seeds", "0-2", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("java-point-mass: 2 method runs x 3 seeds = 6 runs (dac, dac-sa)"), dry.out());
    }
}
