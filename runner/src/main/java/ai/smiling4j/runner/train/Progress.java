package ai.smiling4j.runner.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on the console: steps done, steps per second, time left, and the latest
 * evaluation. Redrawn at most once a second on a terminal; elsewhere (logs, CI) a line every
 * tenth of the run.
 */
final class Progress {
    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private final long startStep;
    private long lastDraw;
    private long lastTenth = -1;
    private String latest = "";
    private int lastWidth;

    Progress(PrintStream out, String label, long startStep, long total) {
        this.out = out;
        this.label = label;
        this.startStep = startStep;
        this.total = total;
        this.terminal = System.console() != null;
    }

    /** Prints the evaluation on a line of its own and shows it on the progress line from now on. */
    void evaluation(long step, Evaluation e) {
        latest = String.format(Locale.ROOT, " | eval return %.1f", e.mean());
        String line = String.format(Locale.ROOT, "%s step %,d: evaluation return %.1f +- %.1f over %d episodes", label,
                step, e.mean(), e.std(), e.episodes());
        out.print(terminal ? "\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())) + System.lineSeparator()
                : line + System.lineSeparator());
        out.flush();
    }

    void update(long step) {
        long now = System.nanoTime();
        long tenth = step * 10 / total;
        if (terminal ? now - lastDraw > 1_000_000_000L || step == total : tenth != lastTenth) {
            lastDraw = now;
            lastTenth = tenth;
            double seconds = (now - startNanos) / 1e9;
            double rate = (step - startStep) / Math.max(seconds, 1e-9);
            long left = rate > 0 ? (long) ((total - step) / rate) : 0;
            String line = String.format(Locale.ROOT, "%s %3d%% %,d/%,d steps | %.0f steps/s | %s left%s", label,
                    step * 100 / total, step, total, rate, clock(left), latest);
            lastWidth = line.length();
            out.print(terminal ? "\r" + line + (step == total ? System.lineSeparator() : "") : line + System.lineSeparator());
            out.flush();
        }
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
