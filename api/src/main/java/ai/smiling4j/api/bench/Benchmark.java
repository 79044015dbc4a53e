package ai.smiling4j.api.bench;

import java.util.List;

/**
 * A performance comparison that {@code smiling bench NAME} runs: it measures smiling4j and a
 * baseline side by side in one run (these machines are shared and noisy, so only figures taken
 * together count) and reports each comparison as a {@link Measurement}. Found with
 * {@link java.util.ServiceLoader}, like plugins; a module provides it next to the code it measures.
 */
public interface Benchmark {

    /** The name after {@code smiling bench} (e.g. {@code diffusion}). */
    String name();

    /** One line for {@code smiling bench --list}. */
    String description();

    /** Runs the measurements. */
    List<Measurement> run(BenchmarkContext context) throws Exception;
}
