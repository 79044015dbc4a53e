package ai.smiling4j.runner.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LinePlotTest {

    @Test
    void ticksAreRoundAndCoverTheRange() {
        assertArrayEquals(new double[] {0, 200, 400, 600, 800, 1000}, LinePlot.ticks(0, 1000), 1e-9);
        assertArrayEquals(new double[] {-0.5, 0, 0.5, 1, 1.5, 2, 2.5}, LinePlot.ticks(-0.3, 2.4), 1e-9);
    }

    @Test
    void writesAPngWithTheCurveDrawn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("curve.png");
        new LinePlot("returns", "steps", "return")
                .add(new LinePlot.Series("learner", new double[] {0, 1000, 2000}, new double[] {0, 500, 900},
                        new double[] {0, 50, 20}))
                .add(new LinePlot.Reference("expert", 950))
                .write(file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(560, img.getHeight());
        // the plot area is not blank: some pixel in its middle row band differs from white
        boolean drawn = false;
        for (int x = 100; x < 850 && !drawn; x++) {
            for (int y = 60; y < 490 && !drawn; y++) {
                drawn = img.getRGB(x, y) != 0xFFFFFFFF && img.getRGB(x, y) != 0xFFEEEEEE;
            }
        }
        assertNotEquals(false, drawn);
    }
}
