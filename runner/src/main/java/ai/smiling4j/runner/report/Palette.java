package ai.smiling4j.runner.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces an RGB frame to at most 256 colours for GIF: exactly, if it has that few, else by median
 * cut over a 5-bit-per-channel histogram, each palette colour the mean of the pixels it stands for.
 */
final class Palette {
    static final int MAX_COLORS = 256;
    private static final int BITS = 5;
    private static final int LEVELS = 1 << BITS;
    private static final int SHIFT = 8 - BITS;

    private Palette() {
    }

    /** The frame ({@code width * height} RGB pixels, top row first) as an indexed image. */
    static BufferedImage indexed(byte[] rgb, int width, int height) {
        int pixels = width * height;
        int[] packed = new int[pixels];
        for (int p = 0; p < pixels; p++) {
            packed[p] = (rgb[3 * p] & 0xff) << 16 | (rgb[3 * p + 1] & 0xff) << 8 | (rgb[3 * p + 2] & 0xff);
        }
        byte[] indices = new byte[pixels];
        int[] colors = exact(packed, indices);
        if (colors == null) {
            colors = medianCut(packed, indices);
        }
        // GIF colour tables hold a power of two (at least 2) of entries; the rest stay black and unused
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(colors.length - 1));
        byte[] r = new byte[1 << bits];
        byte[] g = new byte[1 << bits];
        byte[] b = new byte[1 << bits];
        for (int i = 0; i < colors.length; i++) {
            r[i] = (byte) (colors[i] >> 16);
            g[i] = (byte) (colors[i] >> 8);
            b[i] = (byte) colors[i];
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(bits, 1 << bits, r, g, b));
        System.arraycopy(indices, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, pixels);
        return image;
    }

    /** The frame's own colours if there are at most 256 (indices filled in), else null. */
    private static int[] exact(int[] packed, byte[] indices) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int p = 0; p < packed.length; p++) {
            Integer i = index.get(packed[p]);
            if (i == null) {
                if (index.size() == MAX_COLORS) {
                    return null;
                }
                i = index.size();
                index.put(packed[p], i);
            }
            indices[p] = (byte) (int) i;
        }
        int[] colors = new int[index.size()];
        index.forEach((color, i) -> colors[i] = color);
        return colors;
    }

    private static int bin(int color) {
        return ((color >> 16 & 0xff) >> SHIFT) << 2 * BITS | ((color >> 8 & 0xff) >> SHIFT) << BITS | (color & 0xff) >> SHIFT;
    }

    private static int channel(int bin, int c) {
        return bin >> (2 - c) * BITS & LEVELS - 1;
    }

    private static int[] medianCut(int[] packed, byte[] indices) {
        int[] count = new int[LEVELS * LEVELS * LEVELS];
        long[][] sum = new long[3][count.length];
        for (int color : packed) {
            int bin = bin(color);
            count[bin]++;
            sum[0][bin] += color >> 16 & 0xff;
            sum[1][bin] += color >> 8 & 0xff;
            sum[2][bin] += color & 0xff;
        }
        int[] occupied = new int[count.length];
        int n = 0;
        for (int bin = 0; bin < count.length; bin++) {
            if (count[bin] > 0) {
                occupied[n++] = bin;
            }
        }
        List<int[]> boxes = new ArrayList<>();
        boxes.add(Arrays.copyOf(occupied, n));
        while (boxes.size() < MAX_COLORS) {
            int widest = -1;
            long widestScore = 0;
            for (int i = 0; i < boxes.size(); i++) {
                long score = boxes.get(i).length < 2 ? 0 : (long) span(boxes.get(i))[1] * population(boxes.get(i), count);
                if (score > widestScore) {
                    widestScore = score;
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            int[][] halves = split(boxes.get(widest), count);
            boxes.set(widest, halves[0]);
            boxes.add(halves[1]);
        }
        int[] colors = new int[boxes.size()];
        int[] binIndex = new int[count.length];
        for (int i = 0; i < boxes.size(); i++) {
            long weight = 0;
            long[] total = new long[3];
            for (int bin : boxes.get(i)) {
                binIndex[bin] = i;
                weight += count[bin];
                for (int c = 0; c < 3; c++) {
                    total[c] += sum[c][bin];
                }
            }
            colors[i] = (int) (Math.round(total[0] / (double) weight) << 16 | Math.round(total[1] / (double) weight) << 8
                    | Math.round(total[2] / (double) weight));
        }
        for (int p = 0; p < packed.length; p++) {
            indices[p] = (byte) binIndex[bin(packed[p])];
        }
        return colors;
    }

    private static long population(int[] box, int[] count) {
        long total = 0;
        for (int bin : box) {
            total += count[bin];
        }
        return total;
    }

    /** The channel with the widest range in the box, and that range. */
    private static int[] span(int[] box) {
        int best = 0;
        int bestRange = -1;
        for (int c = 0; c < 3; c++) {
            int lo = LEVELS;
            int hi = -1;
            for (int bin : box) {
                lo = Math.min(lo, channel(bin, c));
                hi = Math.max(hi, channel(bin, c));
            }
            if (hi - lo > bestRange) {
                bestRange = hi - lo;
                best = c;
            }
        }
        return new int[] {best, bestRange};
    }

    /** Splits a box at the pixel-weighted median of its widest channel; both halves are non-empty. */
    private static int[][] split(int[] box, int[] count) {
        int c = span(box)[0];
        Integer[] sorted = Arrays.stream(box).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(channel(a, c), channel(b, c)));
        long half = population(box, count) / 2;
        long seen = 0;
        int cut = 1;
        for (int i = 0; i < sorted.length - 1; i++) {
            seen += count[sorted[i]];
            cut = i + 1;
            if (seen >= half) {
                break;
            }
        }
        int[] low = new int[cut];
        int[] high = new int[sorted.length - cut];
        for (int i = 0; i < sorted.length; i++) {
            if (i < cut) {
                low[i] = sorted[i];
            } else {
                high[i - cut] = sorted[i];
            }
        }
        return new int[][] {low, high};
    }
}
