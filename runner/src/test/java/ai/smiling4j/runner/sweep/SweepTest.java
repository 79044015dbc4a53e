package ai.smiling4j.runner.sweep;

import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.ResolvedConfig;
import ai.smiling4j.runner.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SweepTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(null);

    private static Path config(Path dir, String file, String run, String extra) throws IOException {
        return Files.writeString(dir.resolve(file), """
                run: {name: %s, steps: 600, output: '%s'}
                environment: {name: java-point-mass, max-steps: 100}
                solver: {name: fixture-linear}
                %s
                """.formatted(run, dir.resolve("runs"), extra));
    }

    @Test
    void configsTimesSeedsAsResolvedTaskFiles(@TempDir Path dir) throws IOException {
        Path expert = config(dir, "expert.yaml", "pm", "");
        Path imitation = config(dir, "imitate.yaml", "pm-imitate", """
                divergence: {name: fixture-divergence}
                demonstrations: {path: demos.hdf5}""");
        Sweep sweep = Sweep.create(List.of(expert, imitation), List.of("run.steps=300"), SeedList.parse("3,5"), null, REGISTRY);

        Path folder = dir.resolve("runs/expert+imitate");
        assertEquals(folder, sweep.folder());
        assertEquals(List.of("train-expert", "train-expert", "imitate", "imitate"),
                sweep.tasks().stream().map(SweepTask::command).toList());
        assertEquals(List.of(folder.resolve("pm-s3"), folder.resolve("pm-s5"), folder.resolve("pm-imitate-s3"),
                folder.resolve("pm-imitate-s5")), sweep.tasks().stream().map(SweepTask::runFolder).toList());

        ResolvedConfig last = ExperimentConfig.load(folder.resolve("tasks/task-3.yaml")).resolve(REGISTRY);
        assertEquals("pm-imitate-s5", last.run().getString("name"));
        assertEquals(5, last.run().getInt("seed"));
        assertEquals(300, last.run().getInt("steps"));
        assertEquals(folder.toString(), last.run().getString("output"));
        assertEquals(Path.of("demos.hdf5").toAbsolutePath().toString(), last.demonstrations().getString("path"));

        assertEquals(List.of("index\tcommand\tconfig\tseed\trun_folder",
                "0\ttrain-expert\t" + expert + "\t3\t" + folder.resolve("pm-s3")), Files.readAllLines(folder.resolve("tasks.tsv")).subList(0, 2));
        assertEquals(sweep, Sweep.open(folder));
    }

    @Test
    void mistakesAreOneSentence(@TempDir Path dir) throws IOException {
        Path a = config(dir, "a.yaml", "same", "");
        Path b = config(dir, "b.yaml", "same", "");
        SeedList seeds = SeedList.parse("0");
        assertEquals(a + " and " + b + " both name their runs 'same'; give them different run.name values",
                assertThrows(UserError.class, () -> Sweep.create(List.of(a, b), List.of(), seeds, null, REGISTRY)).getMessage());
        Path c = config(dir, "c.yaml", "other", "");
        Files.writeString(c, Files.readString(c).replace("/runs'", "/elsewhere'"));
        String outputs = assertThrows(UserError.class, () -> Sweep.create(List.of(a, c), List.of(), seeds, null, REGISTRY)).getMessage();
        assertTrue(outputs.startsWith("the configs put their runs in different folders ("), outputs);
        assertEquals("--name a/b may hold only letters, digits, '.', '_', '+' and '-'",
                assertThrows(UserError.class, () -> Sweep.create(List.of(a), List.of(), seeds, "a/b", REGISTRY)).getMessage());
        assertEquals(dir + " is not a sweep folder (it has no tasks.tsv)",
                assertThrows(UserError.class, () -> Sweep.open(dir)).getMessage());
    }

    @Test
    void slurmScriptRunsTaskByArrayIndex(@TempDir Path dir) throws IOException {
        Sweep sweep = Sweep.create(List.of(config(dir, "pm.yaml", "pm", "")), List.of(), SeedList.parse("0-2"), "s", REGISTRY);
        Path script = new SlurmArray(sweep).write(new SlurmOptions("short", "01:30:00", 2, 1), Path.of("/opt/smiling4j"),
                List.of("--plugins", "/opt/plugins"));
        Path folder = dir.resolve("runs/s");
        assertEquals("""
                #!/bin/bash
                #SBATCH --job-name=s
                #SBATCH --array=0-2%%1
                #SBATCH --output=%1$s/logs/task-%%a.log
                #SBATCH --cpus-per-task=2
                #SBATCH --partition=short
                #SBATCH --time=01:30:00
                # smiling4j sweep s: 3 tasks, listed in tasks.tsv; task i runs tasks/task-i.yaml
                set -euo pipefail
                commands=(train-expert train-expert train-expert)
                cd '/opt/smiling4j'
                exec ./smiling "${commands[$SLURM_ARRAY_TASK_ID]}" '%1$s/tasks'/task-"$SLURM_ARRAY_TASK_ID".yaml --continue '--plugins' '/opt/plugins'
                """.formatted(folder), Files.readString(script));
        assertTrue(Files.isDirectory(folder.resolve("logs")));
        assertTrue(Files.isExecutable(script));
        assertEquals("--time 90 minutes is not a Slurm time limit; write HH:MM:SS, e.g. --time 04:00:00",
                assertThrows(UserError.class, () -> new SlurmOptions(null, "90 minutes", 1, 0)).getMessage());
    }

    @Test
    void submittingWithoutSlurmNamesThePackage(@TempDir Path dir) throws IOException {
        assumeTrue(Programs.onPath("sbatch").isEmpty(), "Slurm is installed here");
        Sweep sweep = Sweep.create(List.of(config(dir, "pm.yaml", "pm", "")), List.of(), SeedList.parse("0"), null, REGISTRY);
        SlurmArray array = new SlurmArray(sweep);
        array.write(new SlurmOptions(null, null, 1, 0), dir, List.of());
        assertEquals("sbatch is not on the PATH; install Slurm (Debian: slurm-wlm) or run the sweep without --slurm",
                assertThrows(UserError.class, array::submit).getMessage());
    }

    @Test
    void statusTellsFinishedStartedAndWaitingRuns(@TempDir Path dir) throws IOException {
        Sweep sweep = Sweep.create(List.of(config(dir, "pm.yaml", "pm", "")), List.of(), SeedList.parse("0-2"), null, REGISTRY);
        Files.createDirectories(sweep.tasks().get(0).runFolder());
        Files.writeString(sweep.tasks().get(0).runFolder().resolve("results.json"), "{\"final_return\": 12.25}");
        Files.createDirectories(sweep.tasks().get(1).runFolder());
        Files.writeString(sweep.tasks().get(1).runFolder().resolve("config.yaml"), "");
        StringWriter text = new StringWriter();
        assertFalse(new SweepStatus(sweep).report(new PrintWriter(text, true)));
        assertEquals(List.of(
                "   0  train-expert  pm-s0                            finished, final return 12.3",
                "   1  train-expert  pm-s1                            started, not finished",
                "   2  train-expert  pm-s2                            not started",
                "sweep pm: 1 of 3 runs finished (" + sweep.folder() + ")"), text.toString().lines().toList());
    }
}
