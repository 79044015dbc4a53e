package ai.smiling4j.api;

/**
 * {@code n} copies of one task stepped together, possibly on several threads, with automatic reset
 * (see {@link VectorStep} for where the final observation of an ended episode goes).
 */
public interface VectorEnvironment extends AutoCloseable {

    /**
     * Steps independent copies of one task on up to {@code threads} threads (the caller's
     * included), each thread taking a contiguous slice of copies. Closing it closes the copies.
     *
     * @throws IllegalArgumentException if there are no copies, their specs differ, or {@code threads < 1}
     */
    static VectorEnvironment threaded(java.util.List<? extends Environment> copies, int threads) {
        return new ThreadedVectorEnvironment(copies, threads);
    }

    /** Number of copies. */
    int size();

    /** The task's spec (the same for every copy). */
    EnvironmentSpec spec();

    /** Resets every copy; copy {@code i} uses seed {@code seed + i}. */
    float[][] reset(long seed);

    /** Steps every copy with its action; copies whose episode ends are reset. */
    VectorStep step(float[][] actions);

    /** Closes every copy and stops the threads. */
    @Override
    void close();
}
