package ai.smiling4j.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotCommandTest {

    @Test
    void writesNextToTheRunsUnlessToldOtherwise(@TempDir Path dir) throws IOException {
        Path run = Files.createDirectories(dir.resolve("runs/pm-s0"));
        Files.writeString(run.resolve("config.yaml"), "environment: {name: java-point-mass}\nsolver: {name: sac}\n");
        Files.writeString(run.resolve("metrics.csv"), "step,metric,value\n0,eval/return,1\n100,eval/return,2\n");
        Files.writeString(run.resolve("results.json"), "{}");
        MainTest.Result r = MainTest.run("plot", dir.resolve("runs").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("runs/java-point-mass.png")));
        assertTrue(Files.readString(dir.resolve("runs/results.md")).contains("| java-point-mass | expert (sac) | 1 | 2.0 ± 0.0 |"));
        assertEquals("error: with several folders, say where to write with --out DIR",
                MainTest.run("plot", dir.toString(), dir.toString()).err().strip());
        assertEquals("error: " + dir.resolve("none") + " is not a folder", MainTest.run("plot", dir.resolve("none").toString()).err().strip());
    }
}
