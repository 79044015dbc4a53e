package ai.smiling4j.runner.report;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learning curves as a PNG: one line per series with a shaded band (mean plus or minus spread),
 * optional horizontal reference lines (an expert's return), axes with round tick values and a
 * legend. Drawn with Java2D, headless.
 */
public final class LinePlot {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    /**
     * A curve.
     *
     * @param label  legend text
     * @param x      x values, increasing
     * @param mean   y values
     * @param spread half-width of the band at each x (zeros for none)
     */
    public record Series(String label, double[] x, double[] mean, double[] spread) {
    }

    /**
     * A horizontal line.
     *
     * @param label legend text
     * @param y     height
     */
    public record Reference(String label, double y) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    /** An empty plot. */
    public LinePlot(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a curve. */
    public LinePlot add(Series s) {
        series.add(s);
        return this;
    }

    /** Adds a horizontal reference line. */
    public LinePlot add(Reference r) {
        references.add(r);
        return this;
    }

    /** Draws the plot and writes it as a PNG, atomically. */
    public void write(Path file) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            ImageIO.write(image, "png", tmp.toFile());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double[] xr = range(true);
        double[] yr = range(false);
        double[] xt = ticks(xr[0], xr[1]);
        double[] yt = ticks(yr[0], yr[1]);
        xr = new double[] {Math.min(xr[0], xt[0]), Math.max(xr[1], xt[xt.length - 1])};
        yr = new double[] {Math.min(yr[0], yt[0]), Math.max(yr[1], yt[yt.length - 1])};
        Frame f = new Frame(xr[0], xr[1], yr[0], yr[1]);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        double yScale = scale(yt);
        double xScale = scale(xt);
        for (double t : yt) {
            int y = f.py(t);
            g.setColor(new Color(0xeeeeee));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            String s = label(t, yScale);
            g.drawString(s, LEFT - 8 - fm.stringWidth(s), y + fm.getAscent() / 2 - 1);
        }
        for (double t : xt) {
            int x = f.px(t);
            g.setColor(new Color(0xeeeeee));
            g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            String s = label(t, xScale);
            g.drawString(s, x - fm.stringWidth(s) / 2, HEIGHT - BOTTOM + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        g.drawString(xLabel, LEFT + (WIDTH - LEFT - RIGHT - fm.stringWidth(xLabel)) / 2, HEIGHT - 18);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, -(TOP + (HEIGHT - TOP - BOTTOM + fm.stringWidth(yLabel)) / 2), 22);
        rotated.dispose();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        List<String> legend = new ArrayList<>();
        List<Color> legendColors = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Color c = PALETTE[i % PALETTE.length];
            Path2D band = new Path2D.Double();
            for (int j = 0; j < s.x.length; j++) {
                double y = s.mean[j] + s.spread[j];
                if (j == 0) {
                    band.moveTo(f.px(s.x[j]), f.py(y));
                } else {
                    band.lineTo(f.px(s.x[j]), f.py(y));
                }
            }
            for (int j = s.x.length - 1; j >= 0; j--) {
                band.lineTo(f.px(s.x[j]), f.py(s.mean[j] - s.spread[j]));
            }
            band.closePath();
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
            g.fill(band);
            Path2D line = new Path2D.Double();
            for (int j = 0; j < s.x.length; j++) {
                if (j == 0) {
                    line.moveTo(f.px(s.x[j]), f.py(s.mean[j]));
                } else {
                    line.lineTo(f.px(s.x[j]), f.py(s.mean[j]));
                }
            }
            g.setColor(c);
            g.setStroke(new BasicStroke(2.2f));
            g.draw(line);
            legend.add(s.label);
            legendColors.add(c);
            dashed.add(false);
        }
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            Color c = i == 0 ? Color.BLACK : PALETTE[(series.size() + i) % PALETTE.length];
            g.setColor(c);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
            g.drawLine(LEFT, f.py(r.y), WIDTH - RIGHT, f.py(r.y));
            legend.add(r.label);
            legendColors.add(c);
            dashed.add(true);
        }
        int lx = LEFT + 14;
        int ly = TOP + 18;
        for (int i = 0; i < legend.size(); i++) {
            g.setColor(legendColors.get(i));
            g.setStroke(dashed.get(i)
                    ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0)
                    : new BasicStroke(2.2f));
            g.drawLine(lx, ly + i * 18 - 4, lx + 26, ly + i * 18 - 4);
            g.setColor(Color.BLACK);
            g.drawString(legend.get(i), lx + 34, ly + i * 18);
        }
    }

    private double[] range(boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int j = 0; j < s.x.length; j++) {
                double a = x ? s.x[j] : s.mean[j] - s.spread[j];
                double b = x ? s.x[j] : s.mean[j] + s.spread[j];
                lo = Math.min(lo, a);
                hi = Math.max(hi, b);
            }
        }
        if (!x) {
            for (Reference r : references) {
                lo = Math.min(lo, r.y);
                hi = Math.max(hi, r.y);
            }
        }
        if (!Double.isFinite(lo)) {
            return new double[] {0, 1};
        }
        if (hi - lo < 1e-9) {
            return new double[] {lo - 1, hi + 1};
        }
        return new double[] {x ? lo : lo - 0.03 * (hi - lo), x ? hi : hi + 0.03 * (hi - lo)};
    }

    /** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten, about six of them. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
        double first = Math.floor(lo / step) * step;
        int n = (int) Math.ceil((hi - first) / step - 1e-9) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    /** One unit for all labels of an axis: millions, thousands or ones, by its largest tick. */
    private static double scale(double[] ticks) {
        double max = 0;
        for (double t : ticks) {
            max = Math.max(max, Math.abs(t));
        }
        return max >= 1e6 ? 1e6 : max >= 1e4 ? 1e3 : 1;
    }

    private static String label(double v, double scale) {
        String suffix = scale == 1e6 ? "M" : scale == 1e3 ? "k" : "";
        return trim(v / scale) + suffix;
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private record Frame(double x0, double x1, double y0, double y1) {
        int px(double x) {
            return LEFT + (int) Math.round((x - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT));
        }

        int py(double y) {
            return HEIGHT - BOTTOM - (int) Math.round((y - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM));
        }
    }
}
