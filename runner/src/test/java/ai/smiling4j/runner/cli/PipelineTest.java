package ai.smiling4j.runner.cli;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.data.DemonstrationFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train-expert, then collect-demos and evaluate on its policy, through the command line. */
class PipelineTest {

    @Test
    void expertThenDemonstrationsThenEvaluation(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("expert.yaml");
        Files.writeString(config, """
                run: {name: expert, steps: 1000, eval-every: 500, checkpoint-every: 500, output: '%s'}
                environment: {name: java-point-mass, max-steps: 100}
                solver: {name: fixture-linear}
                """.formatted(dir.resolve("runs")));
        MainTest.Result trained = MainTest.run("train-expert", config.toString());
        assertEquals(0, trained.code(), trained.err());
        Path run = dir.resolve("runs/expert");
        assertTrue(Files.exists(run.resolve("results.json")));

        Path demos = dir.resolve("demos.hdf5");
        MainTest.Result collected = MainTest.run("collect-demos", run.toString(), "--episodes", "3", "--out", demos.toString());
        assertEquals(0, collected.code(), collected.err());
        Demonstrations d = DemonstrationFiles.read(demos);
        assertEquals(3, d.episodes().size());
        assertEquals(300, d.steps());
        assertEquals(4, d.observationDim());
        assertEquals(2, d.actionDim());

        MainTest.Result again = MainTest.run("collect-demos", run.toString(), "--out", demos.toString());
        assertEquals(2, again.code());
        MainTest.Result evaluated = MainTest.run("evaluate", run.toString(), "--episodes", "2");
        assertEquals(0, evaluated.code(), evaluated.err());
        assertTrue(evaluated.out().contains("over 2 episodes"), evaluated.out());
        Path bc = dir.resolve("bc.yaml");
        Files.writeString(bc, """
                run: {name: bc, output: '%s'}
                environment: {name: java-point-mass, max-steps: 100}
                demonstrations: {path: '%s', use-actions: false}
                divergence: {name: bc}
                solver: {name: fixture-linear}
                """.formatted(dir.resolve("runs"), demos));
        MainTest.Result refused = MainTest.run("imitate", bc.toString());
        assertEquals(2, refused.code());
        assertEquals("error: " + bc + ": divergence 'bc' needs actions in the demonstrations, but they hold states only;"
                + " use state-action demonstrations or a state-only divergence; divergence 'bc' needs a solver with the"
                + " PolicyLikelihood capability, which solver 'fixture-linear' does not offer", refused.err().strip());
        assertTrue(!Files.exists(dir.resolve("runs/bc")), "nothing may start before the requirements are checked");

        MainTest.Result notARun = MainTest.run("evaluate", dir.toString());
        assertEquals(2, notARun.code());
        assertEquals("error: " + dir + " is not a run folder (it has no config.yaml)", notARun.err().strip());

        MainTest.Result notExportable = MainTest.run("export", "--format", "onnx", run.toString());
        assertEquals(2, notExportable.code());
        assertEquals("error: the solver 'fixture-linear' of run " + run + " cannot hand out its policy for export",
                notExportable.err().strip());
        assertTrue(!Files.exists(run.resolve("export")));
        MainTest.Result badFormat = MainTest.run("export", "--format", "tflite", run.toString());
        assertEquals(2, badFormat.code());
        assertEquals("error: --format must be onnx or savedmodel, not 'tflite'", badFormat.err().strip());
        MainTest.Result badEngine = MainTest.run("evaluate", run.toString(), "--set", "solver.engine=onnxruntime");
        assertEquals(2, badEngine.code());
        assertTrue(badEngine.err().contains("'engine'"), badEngine.err());
    }
}
