package ai.smiling4j.api.data;

/**
 * A batch of transitions sampled from a replay buffer: the unit a reward function labels.
 *
 * @param ids              a stable identity per transition (its insertion number in the replay),
 *                         so that a divergence can cache per-transition work; never reused for
 *                         another transition within one run
 * @param observations     {@code n x obsDim}
 * @param actions          {@code n x actDim}
 * @param rewards          the task rewards stored with the transitions
 * @param nextObservations {@code n x obsDim}
 * @param terminated       terminal flags (no bootstrapping through these)
 */
public record TransitionBatch(long[] ids, FloatMatrix observations, FloatMatrix actions, float[] rewards,
                              FloatMatrix nextObservations, boolean[] terminated) {

    /** Checks that all parts have {@code ids.length} rows. */
    public TransitionBatch {
        int n = ids.length;
        if (observations.rows() != n || actions.rows() != n || rewards.length != n
                || nextObservations.rows() != n || terminated.length != n) {
            throw new IllegalArgumentException("every part of a batch of " + n + " needs " + n + " rows");
        }
    }

    /** Number of transitions. */
    public int size() {
        return ids.length;
    }
}
