package ai.smiling4j.runner.sweep;

import ai.smiling4j.runner.UserError;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A sweep as a Slurm job array: slurm.sh in the sweep folder runs task SLURM_ARRAY_TASK_ID with
 * {@code ./smiling COMMAND tasks/task-ID.yaml --continue} from the checkout, logging to
 * logs/task-ID.log; {@link #submit} hands it to sbatch and {@link #await} polls squeue until the
 * array has left the queue.
 */
public final class SlurmArray {
    static final String SCRIPT = "slurm.sh";
    static final String JOB_ID = "slurm.jobid";
    private final Sweep sweep;

    /** The array of that sweep. */
    public SlurmArray(Sweep sweep) {
        this.sweep = sweep;
    }

    /**
     * Writes slurm.sh (and the logs folder Slurm writes into).
     *
     * @param home    the checkout that holds the smiling script, as the cluster's nodes see it
     * @param options extra options for every task's command (e.g. --plugins DIR)
     */
    public Path write(SlurmOptions slurm, Path home, List<String> options) {
        List<SweepTask> tasks = sweep.tasks();
        Path folder = sweep.folder();
        List<String> lines = new ArrayList<>(List.of("#!/bin/bash",
                "#SBATCH --job-name=" + sweep.name(),
                "#SBATCH --array=0-" + (tasks.size() - 1) + (slurm.throttle() > 0 ? "%" + slurm.throttle() : ""),
                "#SBATCH --output=" + folder.resolve("logs").resolve("task-%a.log"),
                "#SBATCH --cpus-per-task=" + slurm.cpusPerTask()));
        if (slurm.partition() != null) {
            lines.add("#SBATCH --partition=" + slurm.partition());
        }
        if (slurm.time() != null) {
            lines.add("#SBATCH --time=" + slurm.time());
        }
        lines.addAll(List.of(
                "# smiling4j sweep " + sweep.name() + ": " + tasks.size() + " tasks, listed in " + Sweep.INDEX
                        + "; task i runs tasks/task-i.yaml",
                "set -euo pipefail",
                "commands=(" + tasks.stream().map(SweepTask::command).collect(Collectors.joining(" ")) + ")",
                "cd " + quote(home.toAbsolutePath().normalize().toString()),
                "exec ./smiling \"${commands[$SLURM_ARRAY_TASK_ID]}\" "
                        + quote(folder.resolve("tasks").toString()) + "/task-\"$SLURM_ARRAY_TASK_ID\".yaml --continue"
                        + options.stream().map(o -> " " + quote(o)).collect(Collectors.joining())));
        Path script = folder.resolve(SCRIPT);
        try {
            Files.createDirectories(folder.resolve("logs"));
            Files.writeString(script, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            script.toFile().setExecutable(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + script, e);
        }
        return script;
    }

    /**
     * Submits slurm.sh with {@code sbatch --parsable}; records and returns the job id.
     *
     * @throws UserError if sbatch is missing or refuses the script
     */
    public String submit() {
        if (Programs.onPath("sbatch").isEmpty()) {
            throw new UserError("sbatch is not on the PATH; install Slurm (Debian: slurm-wlm) or run the sweep without --slurm");
        }
        Path script = sweep.folder().resolve(SCRIPT);
        Programs.Output r = Programs.run(List.of("sbatch", "--parsable", script.toString()));
        if (r.code() != 0) {
            throw new UserError("sbatch refused " + script + ": " + firstLine(r.err().isBlank() ? r.out() : r.err()));
        }
        String jobId = r.out().strip().split(";")[0];
        try {
            Files.writeString(sweep.folder().resolve(JOB_ID), jobId + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the job id in " + sweep.folder(), e);
        }
        return jobId;
    }

    /**
     * Polls squeue until no task of the job is pending or running, printing the count of tasks
     * per state whenever it changes.
     *
     * @throws UserError if squeue is missing or fails for another reason than a job it has forgotten
     */
    public static void await(String jobId, Duration every, PrintWriter out) throws InterruptedException {
        if (Programs.onPath("squeue").isEmpty()) {
            throw new UserError("squeue is not on the PATH; install Slurm (Debian: slurm-wlm) to follow the job");
        }
        String last = "";
        while (true) {
            Programs.Output r = Programs.run(List.of("squeue", "--noheader", "--array", "--jobs", jobId, "--format", "%T"));
            if (r.code() != 0 && !r.err().contains("Invalid job id")) {
                throw new UserError("squeue failed for job " + jobId + ": " + firstLine(r.err()));
            }
            Map<String, Integer> states = new TreeMap<>();
            r.out().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> states.merge(s.toLowerCase(Locale.ROOT), 1, Integer::sum));
            if (states.isEmpty()) {
                out.println("job " + jobId + " has left the queue");
                return;
            }
            String now = states.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
            if (!now.equals(last)) {
                out.println("job " + jobId + ": " + now);
                out.flush();
                last = now;
            }
            Thread.sleep(every.toMillis());
        }
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("(no message)");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
