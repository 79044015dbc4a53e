package ai.smiling4j.runner.sweep;

import java.nio.file.Path;

/**
 * One run of a sweep: a config file with one seed.
 *
 * @param index     position in the sweep, from 0 (the Slurm array index)
 * @param command   the smiling command that runs it: {@code imitate} or {@code train-expert}
 * @param config    the experiment file the user gave
 * @param seed      the run's seed
 * @param runFolder the run's folder
 * @param file      the task's fully resolved config (tasks/task-INDEX.yaml)
 */
public record SweepTask(int index, String command, Path config, int seed, Path runFolder, Path file) {
}
