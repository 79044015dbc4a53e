package ai.smiling4j.divergences.common;

import java.util.Arrays;

/**
 * Rewards already computed for transitions, by their replay id, valid until {@link #clear()}
 * (when the models behind them change). Open addressing over primitive arrays: no boxing on the
 * hot path; grows as needed.
 */
public final class RewardCache {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private float[] values;
    private int size;

    /** An empty cache. */
    public RewardCache() {
        keys = new long[1 << 16];
        values = new float[1 << 16];
        Arrays.fill(keys, EMPTY);
    }

    /** The cached reward of {@code id}, or NaN. */
    public float get(long id) {
        int mask = keys.length - 1;
        for (int i = slot(id, mask); ; i = (i + 1) & mask) {
            if (keys[i] == id) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return Float.NaN;
            }
        }
    }

    /** Remembers the reward of {@code id}. */
    public void put(long id, float value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(id, mask); ; i = (i + 1) & mask) {
            if (keys[i] == id) {
                values[i] = value;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = id;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    /** Number of cached rewards. */
    public int size() {
        return size;
    }

    /** Forgets every reward. */
    public void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    /** Writes every cached reward. */
    public void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(size);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                out.writeLong(keys[i]);
                out.writeFloat(values[i]);
            }
        }
    }

    /** Replaces the content with what {@link #write} wrote. */
    public void read(java.io.DataInputStream in) throws java.io.IOException {
        clear();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            put(in.readLong(), in.readFloat());
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        float[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new float[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
