package ai.smiling4j.runner.train;

import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.report.MetricsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(null);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static Experiment experiment(Path output, String name) throws IOException {
        return experiment(output, name, 0.05);
    }

    private static Experiment experiment(Path output, String name, double lr) throws IOException {
        String yaml = """
                run: {name: %s, seed: 1, steps: 3000, eval-every: 1000, checkpoint-every: 1000, output: '%s'}
                environment: {name: java-pendulum-swingup, max-steps: 200}
                solver: {name: fixture-linear, lr: %s}
                """.formatted(name, output, lr);
        var config = ExperimentConfig.parse("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .resolve(REGISTRY);
        return new Experiment(config, REGISTRY, "train-expert");
    }

    @Test
    void finishedRunWritesEverythingAndIsNotOverwritten(@TempDir Path out) throws IOException {
        RunResult r = Training.trainExpert(experiment(out, "a"), RunFolder.Mode.NEW, QUIET);
        assertTrue(r.finished());
        Path folder = out.resolve("a");
        for (String f : List.of("config.yaml", "metrics.csv", "results.json", "learning-curve.png",
                "checkpoints/latest/loop.properties")) {
            assertTrue(Files.exists(folder.resolve(f)), f);
        }
        assertEquals(List.of(0L, 1000L, 2000L, 3000L), List.copyOf(MetricsLog.series(folder, "eval/return").keySet()));
        // 3000 steps of 200-step episodes: 15 training episodes, each logged once
        assertEquals(15, MetricsLog.series(folder, "train/return").size());
        try (Stream<Path> tb = Files.list(folder.resolve("tensorboard"))) {
            assertEquals(1, tb.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents.")).count());
        }
        assertTrue(Files.readString(folder.resolve("results.json")).contains("\"final_return\""));

        UserError again = assertThrows(UserError.class,
                () -> Training.trainExpert(experiment(out, "a"), RunFolder.Mode.NEW, QUIET));
        assertTrue(again.getMessage().contains("already exists and holds a finished run"), again.getMessage());
        UserError resume = assertThrows(UserError.class,
                () -> Training.trainExpert(experiment(out, "a"), RunFolder.Mode.RESUME, QUIET));
        assertTrue(resume.getMessage().contains("is finished already"), resume.getMessage());
        assertTrue(Training.trainExpert(experiment(out, "a"), RunFolder.Mode.OVERWRITE, QUIET).finished());
    }

    @Test
    void theRunLogKeepsTheConsoleAndTheEvaluationsAcrossAResumption(@TempDir Path out) throws IOException {
        java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
        PrintStream console = new PrintStream(shown, true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        Training.run(experiment(out, "logged"), RunFolder.Mode.NEW, console, null, "train-expert", new AtomicBoolean(true));
        Training.trainExpert(experiment(out, "logged"), RunFolder.Mode.RESUME, console);
        assertTrue(System.err == err, "the standard error stream is restored");

        List<String> log = Files.readAllLines(out.resolve("logged").resolve(RunFolder.LOG));
        List<String> printed = shown.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(printed.size(), log.size(), "every console line is in the log: " + log);
        for (int i = 0; i < log.size(); i++) {
            assertTrue(log.get(i).matches("\\d\\d:\\d\\d:\\d\\d .*"), "a time stamp starts line " + i + ": " + log.get(i));
            assertEquals(printed.get(i), log.get(i).substring(9));
        }
        assertTrue(log.get(0).endsWith("== train-expert " + out.resolve("logged")), log.get(0));
        assertTrue(log.stream().anyMatch(l -> l.endsWith("(resuming)")), "the resumption is logged");
        for (long step : new long[] {0, 1000, 2000, 3000}) {
            assertEquals(1, log.stream().filter(l -> l.contains(String.format(java.util.Locale.ROOT,
                    "step %,d: evaluation return", step))).count(), "one evaluation line at step " + step);
        }
        assertTrue(log.get(log.size() - 1).contains("finished at step 3000: final evaluation return"), log.toString());
    }

    @Test
    void interruptedRunsResumeToTheUninterruptedResult(@TempDir Path out) throws IOException {
        Training.trainExpert(experiment(out, "straight"), RunFolder.Mode.NEW, QUIET);

        // stop at the first episode boundary twice (steps 200 and 400), then run to the end
        RunResult first = Training.run(experiment(out, "stopped"), RunFolder.Mode.NEW, QUIET, null, "train-expert",
                new AtomicBoolean(true));
        assertFalse(first.finished());
        assertEquals(200L, first.summary().get("step"));
        RunResult second = Training.run(experiment(out, "stopped"), RunFolder.Mode.RESUME, QUIET, null, "train-expert",
                new AtomicBoolean(true));
        assertEquals(400L, second.summary().get("step"));
        Training.run(experiment(out, "stopped"), RunFolder.Mode.RESUME, QUIET, null, "train-expert", new AtomicBoolean());

        assertEquals(Files.readString(out.resolve("straight/metrics.csv")), Files.readString(out.resolve("stopped/metrics.csv")));
        assertArrayEquals(Files.readAllBytes(out.resolve("straight/checkpoints/latest/solver/linear.bin")),
                Files.readAllBytes(out.resolve("stopped/checkpoints/latest/solver/linear.bin")));
    }

    @Test
    void resumeNeedsACheckpoint(@TempDir Path out) {
        UserError e = assertThrows(UserError.class,
                () -> Training.trainExpert(experiment(out, "none"), RunFolder.Mode.RESUME, QUIET));
        assertEquals("run folder " + out.resolve("none") + " has no checkpoint to resume from", e.getMessage());
    }

    @Test
    void continueKeepsFinishedRunsResumesInterruptedOnesAndStartsTheRest(@TempDir Path out) throws IOException {
        Training.trainExpert(experiment(out, "straight"), RunFolder.Mode.NEW, QUIET);
        String expected = Files.readString(out.resolve("straight/metrics.csv"));

        RunResult fresh = Training.trainExpert(experiment(out, "fresh"), RunFolder.Mode.CONTINUE, QUIET);
        assertTrue(fresh.finished());
        assertEquals(expected, Files.readString(out.resolve("fresh/metrics.csv")));
        Files.writeString(out.resolve("fresh/metrics.csv"), "untouched");
        RunResult kept = Training.trainExpert(experiment(out, "fresh"), RunFolder.Mode.CONTINUE, QUIET);
        assertTrue(kept.finished());
        assertEquals(fresh.finalReturn(), kept.finalReturn());
        assertEquals("untouched", Files.readString(out.resolve("fresh/metrics.csv")), "a finished run is not trained again");

        Training.run(experiment(out, "stopped"), RunFolder.Mode.NEW, QUIET, null, "train-expert", new AtomicBoolean(true));
        assertTrue(Training.trainExpert(experiment(out, "stopped"), RunFolder.Mode.CONTINUE, QUIET).finished());
        assertEquals(expected, Files.readString(out.resolve("stopped/metrics.csv")));

        Path leftovers = Files.createDirectories(out.resolve("leftovers"));
        Files.writeString(leftovers.resolve("metrics.csv"), "step,metric,value\n0,eval/return,99\n");
        Files.writeString(leftovers.resolve(RunFolder.LOG), "an earlier attempt\n");
        assertTrue(Training.trainExpert(experiment(out, "leftovers"), RunFolder.Mode.CONTINUE, QUIET).finished());
        assertEquals(expected, Files.readString(leftovers.resolve("metrics.csv")));
        assertTrue(Files.readString(leftovers.resolve(RunFolder.LOG)).startsWith("an earlier attempt\n"),
                "the log of an earlier attempt is kept, and this attempt's lines follow it");

        UserError changed = assertThrows(UserError.class,
                () -> Training.trainExpert(experiment(out, "fresh", 0.1), RunFolder.Mode.CONTINUE, QUIET));
        assertEquals("run folder " + out.resolve("fresh") + " holds a run of another configuration (its config.yaml"
                + " differs); pass --overwrite to replace it, or choose another run.name", changed.getMessage());
    }
}
