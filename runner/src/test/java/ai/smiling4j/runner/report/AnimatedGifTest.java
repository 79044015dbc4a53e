package ai.smiling4j.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** GIFs we write, read back frame by frame with the JDK's own GIF reader. */
class AnimatedGifTest {
    private static final int W = 8;
    private static final int H = 4;

    private static byte[] solid(int r, int g, int b) {
        byte[] rgb = new byte[W * H * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) r;
            rgb[i + 1] = (byte) g;
            rgb[i + 2] = (byte) b;
        }
        return rgb;
    }

    /** Left half red, right half blue; top row white. */
    private static byte[] pattern() {
        byte[] rgb = solid(0, 0, 255);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = 3 * (y * W + x);
                if (y == 0) {
                    Arrays.fill(rgb, p, p + 3, (byte) 255);
                } else if (x < W / 2) {
                    rgb[p] = (byte) 255;
                    rgb[p + 2] = 0;
                }
            }
        }
        return rgb;
    }

    private static Node find(Node node, String name) {
        if (node.getNodeName().equals(name)) {
            return node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node found = find(c, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void framesColoursDelayAndLoopSurviveARoundTripThroughTheJdksReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rollout.gif");
        try (AnimatedGif gif = AnimatedGif.create(file, W, H, 0.04)) {
            gif.add(solid(255, 0, 0));
            gif.add(solid(0, 255, 0));
            gif.add(pattern());
            assertEquals(3, gif.frames());
            assertFalse(Files.exists(file), "the GIF appears only when finished");
            gif.finish();
        }
        assertTrue(Files.exists(file));
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            BufferedImage red = reader.read(0);
            assertEquals(W, red.getWidth());
            assertEquals(H, red.getHeight());
            assertEquals(0xff0000, red.getRGB(3, 2) & 0xffffff);
            assertEquals(0x00ff00, reader.read(1).getRGB(5, 1) & 0xffffff);
            BufferedImage third = reader.read(2);
            assertEquals(0xffffff, third.getRGB(6, 0) & 0xffffff);
            assertEquals(0xff0000, third.getRGB(1, 3) & 0xffffff);
            assertEquals(0x0000ff, third.getRGB(6, 3) & 0xffffff);
            for (int i = 0; i < 3; i++) {
                Node tree = reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                assertEquals("4", ((IIOMetadataNode) find(tree, "GraphicControlExtension")).getAttribute("delayTime"));
            }
            IIOMetadataNode loop = (IIOMetadataNode) find(reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0"), "ApplicationExtension");
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            assertEquals("2.0", loop.getAttribute("authenticationCode"));
            assertEquals(0, ((byte[]) loop.getUserObject())[1], "loop count 0 plays forever");
        }
    }

    @Test
    void delaysAreWholeHundredthsAndNeverShorterThanBrowsersPlay(@TempDir Path dir) throws IOException {
        try (AnimatedGif fast = AnimatedGif.create(dir.resolve("a.gif"), W, H, 0.01);
             AnimatedGif slow = AnimatedGif.create(dir.resolve("b.gif"), W, H, 0.066)) {
            assertEquals(2, fast.delayCentiseconds());
            assertEquals(7, slow.delayCentiseconds());
        }
    }

    @Test
    void anUnfinishedGifLeavesNoFileAndAWrongFrameSizeIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.gif");
        try (AnimatedGif gif = AnimatedGif.create(file, W, H, 0.02)) {
            gif.add(solid(1, 2, 3));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gif.add(new byte[5]));
            assertEquals("a frame of 8 x 4 RGB pixels has 96 bytes, not 5", e.getMessage());
        }
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no GIF and no temporary file remain");
        }
    }
}
