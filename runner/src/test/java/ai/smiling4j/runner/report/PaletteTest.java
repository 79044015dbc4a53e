package ai.smiling4j.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

/** Palette reduction: exact for few colours, close for many. */
class PaletteTest {

    private static byte[] image(int w, int h, java.util.function.IntBinaryOperator rgbAt) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = rgbAt.applyAsInt(x, y);
                int p = 3 * (y * w + x);
                rgb[p] = (byte) (c >> 16);
                rgb[p + 1] = (byte) (c >> 8);
                rgb[p + 2] = (byte) c;
            }
        }
        return rgb;
    }

    private static int worstChannelError(byte[] rgb, BufferedImage indexed) {
        int worst = 0;
        for (int y = 0; y < indexed.getHeight(); y++) {
            for (int x = 0; x < indexed.getWidth(); x++) {
                int p = 3 * (y * indexed.getWidth() + x);
                int c = indexed.getRGB(x, y);
                worst = Math.max(worst, Math.abs((c >> 16 & 0xff) - (rgb[p] & 0xff)));
                worst = Math.max(worst, Math.abs((c >> 8 & 0xff) - (rgb[p + 1] & 0xff)));
                worst = Math.max(worst, Math.abs((c & 0xff) - (rgb[p + 2] & 0xff)));
            }
        }
        return worst;
    }

    @Test
    void aFrameOfAtMost256ColoursKeepsEveryColourExactly() {
        byte[] rgb = image(32, 8, (x, y) -> (x * 8) << 16 | (y * 30) << 8 | 7); // exactly 256 colours
        BufferedImage indexed = Palette.indexed(rgb, 32, 8);
        assertEquals(0, worstChannelError(rgb, indexed));
        assertEquals(256, ((IndexColorModel) indexed.getColorModel()).getMapSize());
    }

    @Test
    void aSmoothGradientOf4096ColoursIsKeptWithinASixteenthOfTheRange() {
        byte[] rgb = image(64, 64, (x, y) -> (x * 4) << 16 | (y * 4) << 8 | 128);
        BufferedImage indexed = Palette.indexed(rgb, 64, 64);
        int worst = worstChannelError(rgb, indexed);
        assertTrue(worst <= 16, "worst channel error " + worst);
        assertTrue(((IndexColorModel) indexed.getColorModel()).getMapSize() <= 256);
    }

    @Test
    void oneColourStillMakesAValidTwoEntryTable() {
        BufferedImage indexed = Palette.indexed(image(3, 2, (x, y) -> 0x123456), 3, 2);
        assertEquals(2, ((IndexColorModel) indexed.getColorModel()).getMapSize());
        assertEquals(0x123456, indexed.getRGB(2, 1) & 0xffffff);
    }
}
