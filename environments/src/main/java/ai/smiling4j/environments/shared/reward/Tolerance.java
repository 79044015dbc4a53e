package ai.smiling4j.environments.shared.reward;

/**
 * Reward shaping in the style of DeepMind Control's {@code rewards.tolerance}: 1 while a quantity
 * lies within its bounds, falling off with a {@link Sigmoid} of the distance to the nearest bound
 * outside them.
 */
public final class Tolerance {
    /** DeepMind Control's default value at the margin. */
    public static final double DEFAULT_VALUE_AT_MARGIN = 0.1;

    private Tolerance() {
    }

    /**
     * 1 if {@code lower <= x <= upper}; otherwise {@code sigmoid} of the distance to the nearest
     * bound divided by {@code margin}, so that it equals {@code valueAtMargin} at distance
     * {@code margin}; with a margin of 0, a step from 1 to 0.
     *
     * @param x             the quantity
     * @param lower         the lower bound (may be negative infinity)
     * @param upper         the upper bound, at least {@code lower} (may be positive infinity)
     * @param margin        the distance at which the value falls to {@code valueAtMargin}; finite, at least 0
     * @param sigmoid       the shape of the fall-off
     * @param valueAtMargin in (0, 1); 0 is allowed too for the shapes that reach zero (cosine, linear, quadratic)
     * @return a value in [0, 1]
     * @throws IllegalArgumentException if {@code x} is NaN or a bound, the margin or the value is invalid
     */
    public static double tolerance(double x, double lower, double upper, double margin, Sigmoid sigmoid,
                                   double valueAtMargin) {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower bound " + lower + " must not exceed upper bound " + upper);
        }
        if (!(margin >= 0) || margin == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("margin " + margin + " must be finite and at least 0");
        }
        if (!sigmoid.acceptsValueAtMargin(valueAtMargin)) {
            throw new IllegalArgumentException("value at margin " + valueAtMargin + " is not valid for " + sigmoid);
        }
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x is NaN");
        }
        if (x >= lower && x <= upper) {
            return 1;
        }
        if (margin == 0) {
            return 0;
        }
        double distance = x < lower ? lower - x : x - upper;
        return sigmoid.value(distance / margin, valueAtMargin);
    }

    /**
     * {@link #tolerance(double, double, double, double, Sigmoid, double)} with DeepMind Control's
     * defaults: a Gaussian fall-off, 0.1 at the margin.
     */
    public static double tolerance(double x, double lower, double upper, double margin) {
        return tolerance(x, lower, upper, margin, Sigmoid.GAUSSIAN, DEFAULT_VALUE_AT_MARGIN);
    }

    /** {@link #tolerance(double, double, double, double, Sigmoid, double)} with the value 0.1 at the margin. */
    public static double tolerance(double x, double lower, double upper, double margin, Sigmoid sigmoid) {
        return tolerance(x, lower, upper, margin, sigmoid, DEFAULT_VALUE_AT_MARGIN);
    }
}
