package ai.smiling4j.api;

/**
 * {@code n} copies of one task stepped together, possibly on several threads, with automatic reset
 * (see {@link VectorStep} for where the final observation of an ended episode goes).
 */
public interface VectorEnvironment extends AutoCloseable {

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
