package ai.smiling4j.api.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the runner offers a benchmark. */
public interface BenchmarkContext {

    /** True for a short smoke run (fewer iterations), false for the real measurement. */
    boolean quick();

    /** CPU threads the measurement may use. */
    int threads();

    /**
     * Runs the Python peer of the hot kernels (shared/peer/kernels.py) now, in this run, for the
     * named kernels, and returns each kernel's median time per call in milliseconds; empty if
     * the peer cannot run here (its reason is logged and recorded in the results).
     */
    Optional<Map<String, Double>> peerMillis(List<String> kernels);

    /** Notes a fact about the run (an environment detail, a caveat) for the printed table and the JSON. */
    void note(String key, Object value);
}
