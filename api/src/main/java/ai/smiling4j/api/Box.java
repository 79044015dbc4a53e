package ai.smiling4j.api;

import java.util.Arrays;

/**
 * A bounded box of real vectors: {@code low[i] <= x[i] <= high[i]}. Unbounded coordinates use
 * infinities (observations often are).
 *
 * @param low  lower bounds
 * @param high upper bounds, same length
 */
public record Box(float[] low, float[] high) {

    /** Checks the bounds. */
    public Box {
        if (low.length != high.length) {
            throw new IllegalArgumentException("low has " + low.length + " bounds, high has " + high.length);
        }
        for (int i = 0; i < low.length; i++) {
            if (!(low[i] <= high[i])) {
                throw new IllegalArgumentException("bound " + i + ": low " + low[i] + " > high " + high[i]);
            }
        }
        low = low.clone();
        high = high.clone();
    }

    /** A box of {@code dim} coordinates, each in {@code [lo, hi]}. */
    public static Box uniform(int dim, float lo, float hi) {
        float[] l = new float[dim];
        float[] h = new float[dim];
        Arrays.fill(l, lo);
        Arrays.fill(h, hi);
        return new Box(l, h);
    }

    /** A box of {@code dim} unbounded coordinates. */
    public static Box unbounded(int dim) {
        return uniform(dim, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);
    }

    /** Number of coordinates. */
    public int dimension() {
        return low.length;
    }

    /** Lower bound of coordinate {@code i}. */
    public float low(int i) {
        return low[i];
    }

    /** Upper bound of coordinate {@code i}. */
    public float high(int i) {
        return high[i];
    }

    /** True if {@code x} has the right size and lies inside the bounds. */
    public boolean contains(float[] x) {
        if (x.length != low.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= low[i] && x[i] <= high[i])) {
                return false;
            }
        }
        return true;
    }

    /** A copy of {@code x} with every coordinate clipped into the bounds. */
    public float[] clip(float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.min(high[i], Math.max(low[i], x[i]));
        }
        return out;
    }

    @Override
    public float[] low() {
        return low.clone();
    }

    @Override
    public float[] high() {
        return high.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Arrays.equals(b.low, low) && Arrays.equals(b.high, high);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "Box" + Arrays.toString(low) + ".." + Arrays.toString(high);
    }
}
