package ai.smiling4j.api.bench;

/**
 * One comparison: our figure and the baseline's, measured side by side.
 *
 * @param name          short snake_case name; its ratio is written under {@code name + "_ratio"}
 * @param ours          smiling4j's figure
 * @param baseline      the baseline's figure (NaN if it could not be measured)
 * @param unit          the unit of both figures (ms, us, steps/s, ...)
 * @param lowerIsBetter true for times, false for throughputs
 * @param baselineName  what the baseline is (e.g. "peer PyTorch", "mujoco-testspeed")
 */
public record Measurement(String name, double ours, double baseline, String unit, boolean lowerIsBetter,
                          String baselineName) {

    /** A time (lower is better) against a baseline time. */
    public static Measurement time(String name, double ours, double baseline, String unit, String baselineName) {
        return new Measurement(name, ours, baseline, unit, true, baselineName);
    }

    /** A throughput (higher is better) against a baseline throughput. */
    public static Measurement throughput(String name, double ours, double baseline, String unit, String baselineName) {
        return new Measurement(name, ours, baseline, unit, false, baselineName);
    }

    /** How many times better smiling4j is: baseline / ours for times, ours / baseline for throughputs. */
    public double ratio() {
        return lowerIsBetter ? baseline / ours : ours / baseline;
    }
}
