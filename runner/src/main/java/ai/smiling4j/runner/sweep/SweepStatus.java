package ai.smiling4j.runner.sweep;

import ai.smiling4j.runner.train.RunFolder;
import ai.smiling4j.runner.train.RunResult;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;

/** Which runs of a sweep have finished, as their folders show (results.json present). */
public final class SweepStatus {
    private final Sweep sweep;

    /** The status of that sweep. */
    public SweepStatus(Sweep sweep) {
        this.sweep = sweep;
    }

    /** Prints one line per task and a summary; returns true if every run finished. */
    public boolean report(PrintWriter out) {
        int finished = 0;
        for (SweepTask t : sweep.tasks()) {
            String state;
            if (RunFolder.isFinished(t.runFolder())) {
                finished++;
                state = String.format(Locale.ROOT, "finished, final return %.1f", RunResult.read(t.runFolder()).finalReturn());
            } else if (Files.exists(t.runFolder().resolve("config.yaml"))) {
                state = "started, not finished";
            } else {
                state = "not started";
            }
            out.printf(Locale.ROOT, "%4d  %-13s %-32s %s%n", t.index(), t.command(), t.runFolder().getFileName(), state);
        }
        out.printf(Locale.ROOT, "sweep %s: %d of %d runs finished (%s)%n", sweep.name(), finished, sweep.tasks().size(),
                sweep.folder());
        return finished == sweep.tasks().size();
    }
}
