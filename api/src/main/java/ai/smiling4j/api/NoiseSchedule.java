package ai.smiling4j.api;

/**
 * A DDPM noise schedule: {@code x_t = sqrt(abar_t) x + sqrt(1 - abar_t) eps} for
 * {@code t = 0 .. T-1}, where {@code abar_t = prod_{s <= t} (1 - beta_s)}.
 */
public final class NoiseSchedule {
    private final double[] betas;
    private final double[] alphaBar;

    /** A schedule from its betas, each in (0, 1). */
    public NoiseSchedule(double[] betas) {
        if (betas.length == 0) {
            throw new IllegalArgumentException("a schedule needs at least one step");
        }
        this.betas = betas.clone();
        this.alphaBar = new double[betas.length];
        double prod = 1;
        for (int t = 0; t < betas.length; t++) {
            if (!(betas[t] > 0 && betas[t] < 1)) {
                throw new IllegalArgumentException("beta_" + t + " = " + betas[t] + " is not in (0, 1)");
            }
            prod *= 1 - betas[t];
            alphaBar[t] = prod;
        }
    }

    /** DDPM's linear schedule: betas evenly spaced from {@code first} to {@code last}. */
    public static NoiseSchedule linear(int steps, double first, double last) {
        double[] b = new double[steps];
        for (int t = 0; t < steps; t++) {
            b[t] = steps == 1 ? first : first + (last - first) * t / (steps - 1);
        }
        return new NoiseSchedule(b);
    }

    /** The cosine schedule of Nichol and Dhariwal (offset 0.008, betas capped at 0.999). */
    public static NoiseSchedule cosine(int steps) {
        double s = 0.008;
        double[] b = new double[steps];
        for (int t = 0; t < steps; t++) {
            double f0 = Math.cos((t / (double) steps + s) / (1 + s) * Math.PI / 2);
            double f1 = Math.cos(((t + 1) / (double) steps + s) / (1 + s) * Math.PI / 2);
            b[t] = Math.min(0.999, 1 - (f1 * f1) / (f0 * f0));
        }
        return new NoiseSchedule(b);
    }

    /** Number of steps T. */
    public int steps() {
        return betas.length;
    }

    /** beta_t. */
    public double beta(int t) {
        return betas[t];
    }

    /** abar_t, the fraction of the signal's variance left at step t. */
    public double alphaBar(int t) {
        return alphaBar[t];
    }

    /** sqrt(abar_t): the signal's scale at step t. */
    public double signalScale(int t) {
        return Math.sqrt(alphaBar[t]);
    }

    /** sqrt(1 - abar_t): the noise's scale at step t. */
    public double noiseScale(int t) {
        return Math.sqrt(1 - alphaBar[t]);
    }
}
