package ai.smiling4j.api;

/**
 * The outcome of one {@link VectorEnvironment#step} over {@code n} copies. A copy whose episode
 * ended has been reset already: its entry in {@code observations} is the first observation of the
 * next episode, and the last observation of the ended episode is in {@code finalObservations}.
 *
 * @param observations      {@code n} observations to act on next
 * @param rewards           {@code n} task rewards
 * @param terminated        {@code n} terminal flags
 * @param truncated         {@code n} time-limit flags
 * @param finalObservations {@code n} entries, non-null exactly where the episode ended
 */
public record VectorStep(float[][] observations, double[] rewards, boolean[] terminated, boolean[] truncated,
                         float[][] finalObservations) {

    /** True if copy {@code i}'s episode ended in this step. */
    public boolean done(int i) {
        return terminated[i] || truncated[i];
    }

    /** The observation that copy {@code i}'s action led to (the final one if its episode ended). */
    public float[] nextObservation(int i) {
        return done(i) ? finalObservations[i] : observations[i];
    }
}
