package ai.smiling4j.solvers.dreamer;

import java.util.Arrays;

/**
 * The actor-critic's targets on imagined trajectories of {@code horizon} steps from {@code n}
 * start states. Arrays are time-major: entry {@code t * n + i} belongs to state {@code s_t} of
 * trajectory {@code i}.
 */
final class Returns {
    private Returns() {
    }

    /**
     * The lambda-returns {@code R_t = r_{t+1} + gamma c_{t+1} ((1 - lambda) v_{t+1} + lambda R_{t+1})},
     * {@code R_H = v_H}, for t = 0 .. H-1.
     *
     * @param reward the reward of arriving at {@code s_t}, {@code (H + 1) * n} (row 0 unused)
     * @param cont   the probability that the episode continues at {@code s_t}, {@code (H + 1) * n} (row 0 unused)
     * @param value  the critic's value of {@code s_t}, {@code (H + 1) * n}
     * @return {@code H * n} returns
     */
    static float[] lambdaReturns(float[] reward, float[] cont, float[] value, int n, double gamma, double lambda) {
        int horizon = value.length / n - 1;
        float[] out = new float[horizon * n];
        for (int i = 0; i < n; i++) {
            double next = value[horizon * n + i];
            for (int t = horizon - 1; t >= 0; t--) {
                int k = (t + 1) * n + i;
                next = reward[k] + gamma * cont[k] * ((1 - lambda) * value[k] + lambda * next);
                out[t * n + i] = (float) next;
            }
        }
        return out;
    }

    /**
     * How much each imagined state counts: {@code w_t = prod_{k <= t} gamma c_k / gamma}, so the
     * start state weighs its own continue flag and later states are discounted and cut at terminals.
     *
     * @return {@code H * n} weights for t = 0 .. H-1
     */
    static float[] weights(float[] cont, int n, int horizon, double gamma) {
        float[] out = new float[horizon * n];
        for (int i = 0; i < n; i++) {
            double w = cont[i];
            for (int t = 0; t < horizon; t++) {
                out[t * n + i] = (float) w;
                w *= gamma * cont[(t + 1) * n + i];
            }
        }
        return out;
    }

    /** The {@code q}-quantile (0..1) of the values, by linear interpolation between order statistics. */
    static double percentile(float[] values, double q) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /**
     * DreamerV3's return normalization: running averages (decay {@code decay}) of the 5th and 95th
     * percentile of the returns; advantages are divided by {@code max(1, high - low)}.
     */
    static final class Scale {
        private final double decay;
        private double low;
        private double high;

        Scale(double decay) {
            this.decay = decay;
        }

        /** Updates the averages with a batch of returns; returns the scale to divide by. */
        double update(float[] returns) {
            low = decay * low + (1 - decay) * percentile(returns, 0.05);
            high = decay * high + (1 - decay) * percentile(returns, 0.95);
            return scale();
        }

        double scale() {
            return Math.max(1, high - low);
        }

        double[] state() {
            return new double[] {low, high};
        }

        void restore(double savedLow, double savedHigh) {
            low = savedLow;
            high = savedHigh;
        }
    }
}
