package ai.smiling4j.environments.shared.reward;

/**
 * The shapes {@link Tolerance} falls off with outside its bounds, named as in DeepMind Control's
 * {@code rewards.tolerance}. Each maps a normalized distance {@code x >= 0} (distance over margin)
 * to a value in {@code [0, 1]} that is 1 at {@code x = 0} and exactly {@code v} at {@code x = 1}.
 */
public enum Sigmoid {
    /** {@code exp(-(x s)^2 / 2)} with {@code s = sqrt(-2 ln v)}. */
    GAUSSIAN(false) {
        @Override
        double value(double x, double v) {
            double scaled = x * Math.sqrt(-2 * Math.log(v));
            return Math.exp(-0.5 * scaled * scaled);
        }
    },
    /** {@code 1 / cosh(x s)} with {@code s = acosh(1 / v)}. */
    HYPERBOLIC(false) {
        @Override
        double value(double x, double v) {
            double z = 1 / v;
            return 1 / Math.cosh(x * Math.log(z + Math.sqrt(z * z - 1)));
        }
    },
    /** {@code 1 / ((x s)^2 + 1)} with {@code s = sqrt(1 / v - 1)}: a heavy tail. */
    LONG_TAIL(false) {
        @Override
        double value(double x, double v) {
            return 1 / (x * x * (1 / v - 1) + 1);
        }
    },
    /** {@code 1 / (x s + 1)} with {@code s = 1 / v - 1}. */
    RECIPROCAL(false) {
        @Override
        double value(double x, double v) {
            return 1 / (x * (1 / v - 1) + 1);
        }
    },
    /** {@code (1 + cos(pi x s)) / 2} while {@code x s < 1}, else 0, with {@code s = acos(2 v - 1) / pi}. */
    COSINE(true) {
        @Override
        double value(double x, double v) {
            double scaled = x * Math.acos(2 * v - 1) / Math.PI;
            return scaled < 1 ? (1 + Math.cos(Math.PI * scaled)) / 2 : 0;
        }
    },
    /** {@code 1 - x s} while {@code x s < 1}, else 0, with {@code s = 1 - v}. */
    LINEAR(true) {
        @Override
        double value(double x, double v) {
            double scaled = x * (1 - v);
            return scaled < 1 ? 1 - scaled : 0;
        }
    },
    /** {@code 1 - (x s)^2} while {@code x s < 1}, else 0, with {@code s = sqrt(1 - v)}. */
    QUADRATIC(true) {
        @Override
        double value(double x, double v) {
            double squared = x * x * (1 - v);
            return squared < 1 ? 1 - squared : 0;
        }
    },
    /** {@code 1 - tanh(x s)^2} with {@code s = atanh(sqrt(1 - v))}. */
    TANH_SQUARED(false) {
        @Override
        double value(double x, double v) {
            double root = Math.sqrt(1 - v);
            double t = Math.tanh(x * 0.5 * Math.log((1 + root) / (1 - root)));
            return 1 - t * t;
        }
    };

    private final boolean reachesZero;

    Sigmoid(boolean reachesZero) {
        this.reachesZero = reachesZero;
    }

    /** True if {@code v} may be the value at the margin: in (0, 1), or [0, 1) for the shapes that reach zero. */
    boolean acceptsValueAtMargin(double v) {
        return v < 1 && (reachesZero ? v >= 0 : v > 0);
    }

    /** The shape at normalized distance {@code x >= 0}, scaled to equal {@code v} at {@code x = 1}. */
    abstract double value(double x, double v);
}
