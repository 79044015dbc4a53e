package ai.smiling4j.runner.train;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where a training loop stands at an episode boundary: enough, with the solver's and the
 * divergence's saved state, to continue exactly.
 *
 * @param step           environment steps done
 * @param episode        training episodes finished
 * @param lastCheckpoint step of the last checkpoint
 * @param seconds        wall-clock seconds spent so far (over all sittings)
 */
record LoopState(long step, long episode, long lastCheckpoint, double seconds) {

    /** The state of a run that has not started. */
    static LoopState start() {
        return afterSetUp(0);
    }

    /** The state of a run that has not stepped yet but spent {@code seconds} setting up (fitting, pre-training). */
    static LoopState afterSetUp(double seconds) {
        return new LoopState(0, 0, 0, seconds);
    }

    String toProperties() {
        Properties p = new Properties();
        p.setProperty("step", Long.toString(step));
        p.setProperty("episode", Long.toString(episode));
        p.setProperty("last-checkpoint", Long.toString(lastCheckpoint));
        p.setProperty("seconds", Double.toString(seconds));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "smiling4j training loop state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static LoopState fromProperties(Properties p) {
        return new LoopState(Long.parseLong(p.getProperty("step")), Long.parseLong(p.getProperty("episode")),
                Long.parseLong(p.getProperty("last-checkpoint")), Double.parseDouble(p.getProperty("seconds")));
    }
}
