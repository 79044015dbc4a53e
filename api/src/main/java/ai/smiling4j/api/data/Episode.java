package ai.smiling4j.api.data;

import java.util.Arrays;

/**
 * One recorded episode, in Minari's layout: {@code n} steps give {@code n + 1} observations
 * (the last one is the observation after the final step) and {@code n} actions, rewards,
 * terminations and truncations.
 *
 * @param observations {@code (n + 1) x obsDim}
 * @param actions      {@code n x actDim}, or {@code null} for a state-only demonstration
 * @param rewards      {@code n} task rewards (may be all zero when unknown)
 * @param terminations {@code n} flags: the step ended the episode in a terminal state
 * @param truncations  {@code n} flags: the step ended the episode by a time limit
 */
public record Episode(FloatMatrix observations, FloatMatrix actions, float[] rewards,
                      boolean[] terminations, boolean[] truncations) {

    /** Checks that every array has the length the observations imply. */
    public Episode {
        int n = observations.rows() - 1;
        if (n < 1) {
            throw new IllegalArgumentException("an episode needs at least 2 observations, got " + observations.rows());
        }
        if (actions != null && actions.rows() != n) {
            throw new IllegalArgumentException(n + 1 + " observations need " + n + " actions, got " + actions.rows());
        }
        if (rewards.length != n || terminations.length != n || truncations.length != n) {
            throw new IllegalArgumentException(n + 1 + " observations need " + n
                    + " rewards, terminations and truncations, got " + rewards.length + ", "
                    + terminations.length + ", " + truncations.length);
        }
    }

    /** Number of steps. */
    public int length() {
        return rewards.length;
    }

    /** True if actions were recorded. */
    public boolean hasActions() {
        return actions != null;
    }

    /** The states at which an action was taken: the first {@code n} observations. */
    public FloatMatrix states() {
        return observations.rowRange(0, length());
    }

    /** Sum of the recorded rewards. */
    public double totalReward() {
        double sum = 0;
        for (float r : rewards) {
            sum += r;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Episode e && e.observations.equals(observations)
                && (actions == null ? e.actions == null : actions.equals(e.actions))
                && Arrays.equals(e.rewards, rewards) && Arrays.equals(e.terminations, terminations)
                && Arrays.equals(e.truncations, truncations);
    }

    @Override
    public int hashCode() {
        return observations.hashCode() * 31 + Arrays.hashCode(rewards);
    }

    @Override
    public String toString() {
        return "Episode[" + length() + " steps" + (hasActions() ? ", with actions" : "") + "]";
    }
}
