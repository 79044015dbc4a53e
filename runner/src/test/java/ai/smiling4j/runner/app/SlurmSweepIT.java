package ai.smiling4j.runner.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A two-task sweep through a real Slurm: {@code sweep --slurm --submit --wait} on the packaged
 * application, each task a tiny point-mass run of the linear fixture solver, which reaches the
 * jobs as a jar in a plugins folder. Needs a running Slurm (runner/src/test/slurm/start-slurm.sh)
 * and starts nothing itself: without one it is skipped.
 */
@Tag("slurm")
class SlurmSweepIT {
    @Test
    void bothRunsOfAJobArrayFinish(@TempDir Path work) throws Exception {
        assumeTrue(slurmAnswers(), "no Slurm answers here (sinfo); start one with runner/src/test/slurm/start-slurm.sh");
        Path plugins = Application.fixtureSolverJar(work.resolve("plugins"));
        Path home = smilingScript(work.resolve("home"));
        Path config = Files.writeString(work.resolve("pm.yaml"), """
                run: {name: pm, steps: 400, eval-every: 200, checkpoint-every: 200, output: '%s'}
                environment: {name: java-point-mass, max-steps: 100}
                solver: {name: fixture-linear}
                """.formatted(work.resolve("runs")));

        var run = Application.run(work, Application.command(List.of(), List.of("-Dsmiling.home=" + home)), 600,
                "sweep", config.toString(), "--seeds", "0-1", "--plugins", plugins.toString(), "--slurm", "--submit", "--wait");

        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("submitted job "), run.out());
        assertTrue(run.out().contains("sweep pm: 2 of 2 runs finished"), run.out());
        Path sweep = work.resolve("runs/pm");
        for (int i = 0; i < 2; i++) {
            assertTrue(Files.exists(sweep.resolve("pm-s" + i).resolve("results.json")), "run " + i);
            assertTrue(Files.readString(sweep.resolve("logs/task-" + i + ".log")).contains("expert trained"), "log " + i);
        }
    }

    private static boolean slurmAnswers() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("sinfo", "--noheader").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException noSlurm) {
            return false;
        }
    }

    /** A smiling script that starts the packaged application (the real one would first build the checkout). */
    private static Path smilingScript(Path home) throws IOException {
        List<String> command = Application.command(List.of(), List.of());
        Path script = Files.createDirectories(home).resolve("smiling");
        Files.writeString(script, "#!/bin/sh\nexec " + String.join(" ", command.stream().map(a -> "'" + a + "'").toList())
                + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
