package ai.smiling4j.runner.sweep;

import ai.smiling4j.runner.UserError;

import java.util.regex.Pattern;

/**
 * What a sweep asks of Slurm for each task.
 *
 * @param partition   the partition, or null for the cluster's default
 * @param time        the time limit in one of Slurm's forms (HH:MM:SS, D-HH:MM, ...), or null for the default
 * @param cpusPerTask CPUs of each task
 * @param throttle    how many tasks may run at once, or 0 for no limit
 */
public record SlurmOptions(String partition, String time, int cpusPerTask, int throttle) {
    private static final Pattern TIME = Pattern.compile("(\\d+-)?\\d+(:\\d+){0,2}");
    private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*");

    /** Checks the values. */
    public SlurmOptions {
        if (partition != null && !PARTITION.matcher(partition).matches()) {
            throw new UserError("--partition " + partition + " is not a Slurm partition name (letters, digits, '.', '_', '-')");
        }
        if (time != null && !TIME.matcher(time).matches()) {
            throw new UserError("--time " + time + " is not a Slurm time limit; write HH:MM:SS, e.g. --time 04:00:00");
        }
        if (cpusPerTask < 1) {
            throw new UserError("--cpus-per-task must be at least 1, not " + cpusPerTask);
        }
        if (throttle < 0) {
            throw new UserError("--parallel must be at least 1, not " + throttle);
        }
    }
}
