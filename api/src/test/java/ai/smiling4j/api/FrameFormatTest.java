package ai.smiling4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrameFormatTest {

    @Test
    void anRgbFrameHasThreeBytesPerPixel() {
        assertEquals(320 * 240 * 3, new FrameFormat(320, 240, 0.02).frameBytes());
    }

    @Test
    void sizesOutside1To8192AndNonPositiveTimesAreRefusedByName() {
        assertEquals("a frame of 8193 x 10 pixels: width and height must lie in 1..8192",
                assertThrows(IllegalArgumentException.class, () -> new FrameFormat(8193, 10, 0.02)).getMessage());
        assertEquals("a frame of 5 x 0 pixels: width and height must lie in 1..8192",
                assertThrows(IllegalArgumentException.class, () -> new FrameFormat(5, 0, 0.02)).getMessage());
        assertEquals("a step of 0.0 s: it must be a positive time",
                assertThrows(IllegalArgumentException.class, () -> new FrameFormat(5, 5, 0)).getMessage());
        assertEquals("a step of NaN s: it must be a positive time",
                assertThrows(IllegalArgumentException.class, () -> new FrameFormat(5, 5, Double.NaN)).getMessage());
    }
}
