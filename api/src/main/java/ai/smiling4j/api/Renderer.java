package ai.smiling4j.api;

/**
 * An offscreen camera on an environment: each {@link #render()} draws the environment's current
 * state. Obtained from {@link Environment#renderer(int, int)}; one thread at a time may use it, and
 * it must be closed before its environment.
 */
public interface Renderer extends AutoCloseable {

    /** Size of the frames and time between steps. */
    FrameFormat format();

    /**
     * Draws the current state: {@code format().frameBytes()} bytes, RGB, row by row from the top
     * row down, each row from left to right.
     */
    byte[] render();

    /** Frees the camera's native resources; idempotent. */
    @Override
    void close();
}
