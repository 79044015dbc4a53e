package ai.smiling4j.divergences.common;

/** Per-batch reward normalization: {@code r <- target (r - mean) / (std + 1e-6)}, as the reference does. */
public final class RewardStatistics {
    private RewardStatistics() {
    }

    /** Mean of the values. */
    public static double mean(float[] r) {
        double s = 0;
        for (float v : r) {
            s += v;
        }
        return s / r.length;
    }

    /** Population standard deviation of the values. */
    public static double std(float[] r) {
        double m = mean(r);
        double s = 0;
        for (float v : r) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / r.length);
    }

    /** A normalized copy with mean 0 and standard deviation {@code targetStd} (up to the 1e-6 guard). */
    public static float[] normalize(float[] r, double targetStd) {
        double m = mean(r);
        double sd = std(r);
        float[] out = new float[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = (float) (targetStd * (r[i] - m) / (sd + 1e-6));
        }
        return out;
    }
}
