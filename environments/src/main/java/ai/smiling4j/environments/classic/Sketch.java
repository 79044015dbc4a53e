package ai.smiling4j.environments.classic;

/**
 * A small 2-D rasterizer in pure Java, for frames of the pure-Java tasks: the world is seen from
 * above or from the side, its origin at the frame's centre, x to the right and y up, in metres.
 * Shapes are filled at pixel centres (no anti-aliasing); later shapes cover earlier ones.
 */
final class Sketch {
    private final int width;
    private final int height;
    private final double pixelsPerMetre;
    private final byte[] rgb;

    /** A frame of {@code width} x {@code height} pixels showing {@code halfHeight} metres above and below the origin. */
    Sketch(int width, int height, double halfHeight) {
        this.width = width;
        this.height = height;
        this.pixelsPerMetre = height / (2 * halfHeight);
        this.rgb = new byte[width * height * 3];
    }

    /** Fills the whole frame with {@code color} (0xRRGGBB). */
    void clear(int color) {
        for (int p = 0; p < width * height; p++) {
            put(p, color);
        }
    }

    /** A filled disc. */
    void disc(double x, double y, double radius, int color) {
        segment(x, y, x, y, radius, color);
    }

    /** A filled axis-aligned rectangle between two corners. */
    void rectangle(double x0, double y0, double x1, double y1, int color) {
        int left = column(Math.min(x0, x1));
        int right = column(Math.max(x0, x1));
        int top = row(Math.max(y0, y1));
        int bottom = row(Math.min(y0, y1));
        for (int r = Math.max(0, top); r <= Math.min(height - 1, bottom); r++) {
            for (int c = Math.max(0, left); c <= Math.min(width - 1, right); c++) {
                put(r * width + c, color);
            }
        }
    }

    /** A segment {@code radius} thick on each side, with round ends (a capsule). */
    void segment(double x0, double y0, double x1, double y1, double radius, int color) {
        int left = column(Math.min(x0, x1) - radius);
        int right = column(Math.max(x0, x1) + radius);
        int top = row(Math.max(y0, y1) + radius);
        int bottom = row(Math.min(y0, y1) - radius);
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        for (int r = Math.max(0, top); r <= Math.min(height - 1, bottom); r++) {
            double y = (height / 2.0 - r - 0.5) / pixelsPerMetre;
            for (int c = Math.max(0, left); c <= Math.min(width - 1, right); c++) {
                double x = (c + 0.5 - width / 2.0) / pixelsPerMetre;
                double along = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
                double ex = x - (x0 + along * dx);
                double ey = y - (y0 + along * dy);
                if (ex * ex + ey * ey <= radius * radius) {
                    put(r * width + c, color);
                }
            }
        }
    }

    /** The frame: RGB, rows from the top. */
    byte[] pixels() {
        return rgb.clone();
    }

    private int column(double x) {
        return (int) Math.floor(x * pixelsPerMetre + width / 2.0);
    }

    private int row(double y) {
        return (int) Math.floor(height / 2.0 - y * pixelsPerMetre);
    }

    private void put(int pixel, int color) {
        rgb[3 * pixel] = (byte) (color >> 16);
        rgb[3 * pixel + 1] = (byte) (color >> 8);
        rgb[3 * pixel + 2] = (byte) color;
    }
}
