package ai.smiling4j.api;

/**
 * The frames a {@link Renderer} draws.
 *
 * @param width          pixels per row, 1..{@value #MAX_SIZE}
 * @param height         rows, 1..{@value #MAX_SIZE}
 * @param secondsPerStep simulated seconds from one step of the environment to the next: a video's
 *                       time per step
 */
public record FrameFormat(int width, int height, double secondsPerStep) {

    /** The largest width or height of a frame, in pixels. */
    public static final int MAX_SIZE = 8192;

    /** @throws IllegalArgumentException naming the size or the time that is out of range */
    public FrameFormat {
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("a frame of " + width + " x " + height
                    + " pixels: width and height must lie in 1.." + MAX_SIZE);
        }
        if (!(secondsPerStep > 0) || Double.isInfinite(secondsPerStep)) {
            throw new IllegalArgumentException("a step of " + secondsPerStep + " s: it must be a positive time");
        }
    }

    /** Bytes of one RGB frame. */
    public int frameBytes() {
        return width * height * 3;
    }
}
