package ai.smiling4j.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Local sweeps through the command line; each task runs in a child JVM that a stand-in for the
 * smiling script starts on this test's class path (where the fixture plugins are).
 */
class SweepCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final SmilingScriptStandIn script = new SmilingScriptStandIn();

    private Path config(String solver) throws IOException {
        return Files.writeString(dir.resolve(solver + ".yaml"), """
                run: {name: pm, steps: 400, eval-every: 200, checkpoint-every: 200, output: '%s'}
                environment: {name: java-point-mass, max-steps: 100}
                solver: {name: %s}
                """.formatted(dir.resolve("runs"), solver));
    }

    @Test
    void runsEverySeedAndContinuesWhenRunAgain() throws IOException {
        Path config = config("fixture-linear");
        MainTest.Result first = MainTest.run("sweep", config.toString(), "--seeds", "0-1", "--parallel", "2");
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("[2/2] finished"), first.out());
        assertEquals(java.util.List.of("1", "1"), script.noBuildFlags(), "a sweep's runs keep the build it started with");
        Path sweep = dir.resolve("runs/fixture-linear");
        for (String run : new String[] {"pm-s0", "pm-s1"}) {
            assertTrue(Files.exists(sweep.resolve(run).resolve("results.json")), run);
            assertTrue(Files.readString(sweep.resolve(run).resolve("log.txt")).contains("expert trained"), run);
        }
        MainTest.Result again = MainTest.run("sweep", config.toString(), "--seeds", "0-1");
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(Files.readString(sweep.resolve("pm-s1/log.txt")).contains("is finished already; keeping its results"));
        MainTest.Result status = MainTest.run("sweep-status", sweep.toString());
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().endsWith("sweep fixture-linear: 2 of 2 runs finished (" + sweep + ")\n"), status.out());
    }

    @Test
    void aFailedTaskShowsTheEndOfItsLog() throws IOException {
        MainTest.Result r = MainTest.run("sweep", config("fixture-solver").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[1/1] FAILED (exit 1) pm-s0"), r.out());
        assertTrue(r.out().contains("  | "), r.out());
        assertTrue(r.out().contains("describes itself only"), r.out());
        assertTrue(r.out().endsWith("sweep fixture-solver: 0 of 1 runs finished; run the same sweep again to continue the others\n"),
                r.out());
    }

    @Test
    void mistakesExitTwoWithOneSentence() throws IOException {
        Path config = config("fixture-linear");
        assertEquals("error: config file " + dir.resolve("none.yaml") + " does not exist",
                MainTest.run("sweep", dir.resolve("none.yaml").toString()).err().strip());
        assertEquals("error: --seeds 0..4 is not a list of seeds; write a range like 0-4, a list like 0,3,7, or both like 0-2,10",
                MainTest.run("sweep", config.toString(), "--seeds", "0..4").err().strip());
        assertEquals("error: --submit, --partition, --time and --cpus-per-task apply to Slurm; add --slurm",
                MainTest.run("sweep", config.toString(), "--submit").err().strip());
        assertEquals("error: --wait follows a submitted job; add --slurm --submit",
                MainTest.run("sweep", config.toString(), "--slurm", "--wait").err().strip());
    }
}
