package ai.smiling4j.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void pluginsListShowsEveryKindWithDescriptions() {
        Result r = run("plugins", "list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Environments (environment slot"), r.out());
        assertTrue(r.out().matches("(?s).*fixture-divergence\\s+test fixture divergence.*"), r.out());
    }

    @Test
    void describeShowsOptionsDefaultsAndRequirements() {
        Result r = run("plugins", "describe", "fixture-divergence");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reward-samples"), r.out());
        assertTrue(r.out().contains("default: 500; an integer from 1 to 100000"), r.out());
        assertTrue(r.out().contains("actions in demonstrations: no"), r.out());
        Result env = run("plugins", "describe", "fixture-env");
        assertTrue(env.out().contains("observation size 3, action size 1, 1000 steps per episode"), env.out());
    }

    @Test
    void unknownPluginExitsTwoWithOneLine() {
        Result r = run("plugins", "describe", "fixture-divergense");
        assertEquals(2, r.code());
        assertEquals("error: no plugin is named 'fixture-divergense'; did you mean 'fixture-divergence'?;"
                + " 'smiling plugins list' shows them all", r.err().strip());
    }

    @Test
    void badConfigExitsTwoWithoutStackTrace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "divergence: {name: fixture-divergence, scale: 11}\n");
        Result r = run("config", file.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().contains("'scale' is 11, but it must be from 0 to 10"), r.err());
    }

    @Test
    void configPrintsTheResolvedExperiment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, "solver: {name: fixture-solver}\n");
        Result r = run("config", file.toString(), "--set", "solver.preset=small");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("preset: small"), r.out());
        assertTrue(r.out().contains("eval-every: 10000"), r.out());
    }
}
