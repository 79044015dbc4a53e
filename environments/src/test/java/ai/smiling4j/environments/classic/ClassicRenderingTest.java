package ai.smiling4j.environments.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.smiling4j.api.Renderer;
import org.junit.jupiter.api.Test;

/** Frames of the pure-Java tasks: shapes where the geometry puts them. */
class ClassicRenderingTest {
    private static final int W = 200;
    private static final int H = 160;

    /** Pixel count, mean column and mean row of the pixels of one colour. */
    private static double[] blob(byte[] rgb, int color) {
        double n = 0;
        double columns = 0;
        double rows = 0;
        for (int p = 0; p < W * H; p++) {
            int c = (rgb[3 * p] & 0xff) << 16 | (rgb[3 * p + 1] & 0xff) << 8 | rgb[3 * p + 2] & 0xff;
            if (c == color) {
                n++;
                columns += p % W + 0.5;
                rows += p / W + 0.5;
            }
        }
        return new double[] {n, columns / n, rows / n};
    }

    @Test
    void aDiscCoversItsAreaAroundItsCentre() {
        double halfHeight = 1.0;
        double ppm = H / (2 * halfHeight); // 80 pixels per metre
        Sketch sketch = new Sketch(W, H, halfHeight);
        sketch.clear(0);
        sketch.disc(0.5, -0.25, 0.2, 0xffffff);
        double[] disc = blob(sketch.pixels(), 0xffffff);
        double area = Math.PI * Math.pow(0.2 * ppm, 2);
        assertEquals(area, disc[0], 0.03 * area);
        assertEquals(W / 2.0 + 0.5 * ppm, disc[1], 0.05);
        assertEquals(H / 2.0 + 0.25 * ppm, disc[2], 0.05);
    }

    @Test
    void aSegmentIsACapsule() {
        Sketch sketch = new Sketch(W, H, 1.0);
        sketch.clear(0);
        sketch.segment(-0.5, 0, 0.5, 0, 0.1, 0xffffff);
        double ppm = 80;
        double area = (1.0 * 0.2 + Math.PI * 0.01) * ppm * ppm;
        assertEquals(area, blob(sketch.pixels(), 0xffffff)[0], 0.03 * area);
    }

    @Test
    void thePendulumsBobIsAboveTheHingeWhenUprightAndBelowWhenHanging() {
        PendulumSwingup task = new PendulumSwingup(0, 10);
        task.reset(0);
        try (Renderer camera = task.renderer(W, H)) {
            assertEquals(0.02, camera.format().secondsPerStep(), 1e-15);
            double[] state = task.physicsState();
            state[1] = 0; // theta: upright
            state[2] = 0;
            task.restorePhysicsState(state);
            double[] upright = blob(camera.render(), 0xe8863a);
            state[1] = Math.PI;
            task.restorePhysicsState(state);
            double[] hanging = blob(camera.render(), 0xe8863a);
            double ppm = H / (2 * 1.4 * 0.5);
            assertEquals(H / 2.0 - 0.5 * ppm, upright[2], 0.5);
            assertEquals(H / 2.0 + 0.5 * ppm, hanging[2], 0.5);
            assertEquals(W / 2.0, upright[1], 0.5);
        }
    }

    @Test
    void thePointMassIsDrawnWhereItIs() {
        PointMassReach task = new PointMassReach(0, 10);
        task.reset(0);
        task.restorePhysicsState(new double[] {0, 0.2, -0.1, 0, 0});
        try (Renderer camera = task.renderer(W, H)) {
            double[] point = blob(camera.render(), 0x2f5fb3);
            double ppm = H / (2 * 1.15 * 0.3);
            assertTrue(point[0] > 0, "the point mass is visible");
            assertEquals(W / 2.0 + 0.2 * ppm, point[1], 0.5);
            assertEquals(H / 2.0 + 0.1 * ppm, point[2], 0.5);
        }
    }

    @Test
    void aFrameOfNoPixelsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PointMassReach(0, 10).renderer(10, 0));
        assertEquals("a frame of 10 x 0 pixels: width and height must lie in 1..8192", e.getMessage());
    }
}
