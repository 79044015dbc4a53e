package ai.smiling4j.api;

/**
 * A task to act in, with Gymnasium's semantics: {@link #reset(long)} starts an episode,
 * {@link #step(float[])} advances it until it is terminated or truncated. Not thread-safe: one
 * thread drives one environment; {@link VectorEnvironment} runs several.
 */
public interface Environment extends AutoCloseable {

    /** Spaces, time limit and reward range of this task. */
    EnvironmentSpec spec();

    /**
     * Starts a new episode from a state drawn with the given seed; the same seed gives the same
     * episode, bit for bit, on one machine.
     */
    float[] reset(long seed);

    /** Starts a new episode, drawing its seed from this environment's own random stream. */
    float[] reset();

    /**
     * Applies one action (clipped to the action space) and returns what follows. Calling it after
     * the episode ended, or before the first reset, is an {@link IllegalStateException}.
     */
    StepResult step(float[] action);

    /**
     * The complete simulator state (for physics tasks: time, positions, velocities, activations),
     * if this environment can save it.
     *
     * @throws UnsupportedOperationException if it cannot
     */
    default double[] physicsState() {
        throw new UnsupportedOperationException(spec().name() + " cannot save its physics state");
    }

    /**
     * Puts the simulator back into a state from {@link #physicsState()}.
     *
     * @throws UnsupportedOperationException if it cannot
     */
    default void restorePhysicsState(double[] state) {
        throw new UnsupportedOperationException(spec().name() + " cannot restore a physics state");
    }

    /**
     * An offscreen camera of {@code width} x {@code height} pixels on this environment, for videos.
     *
     * @throws UnsupportedOperationException if this environment cannot draw itself
     * @throws EngineUnavailableException    if it can, but the graphics libraries it needs are absent
     */
    default Renderer renderer(int width, int height) {
        throw new UnsupportedOperationException(spec().name() + " cannot render itself");
    }

    /** Frees native resources; idempotent. */
    @Override
    void close();
}
