package ai.smiling4j.divergences.common;

import ai.smiling4j.api.data.FloatMatrix;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * A first-in-first-out buffer of fixed-size samples (states, or state-action pairs) in one
 * primitive array: the learner's recent history a divergence refits on.
 */
public final class SampleBuffer {
    private final int capacity;
    private final int dim;
    private final float[] data;
    private long added;

    /**
     * @param capacity samples kept (the oldest are overwritten)
     * @param dim      size of one sample
     */
    public SampleBuffer(int capacity, int dim) {
        this.capacity = capacity;
        this.dim = dim;
        this.data = new float[Math.multiplyExact(capacity, dim)];
    }

    /** Adds the concatenation of the parts as one sample. */
    public void add(float[]... parts) {
        int offset = (int) (added % capacity) * dim;
        int at = offset;
        for (float[] part : parts) {
            System.arraycopy(part, 0, data, at, part.length);
            at += part.length;
        }
        if (at - offset != dim) {
            throw new IllegalArgumentException("a sample has " + dim + " values, got " + (at - offset));
        }
        added++;
    }

    /** Samples held now. */
    public int size() {
        return (int) Math.min(added, capacity);
    }

    /** {@code n} samples drawn uniformly with replacement. */
    public FloatMatrix sample(int n, SplittableRandom random) {
        int size = size();
        if (size == 0) {
            throw new IllegalStateException("the buffer is empty");
        }
        float[] out = new float[n * dim];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, random.nextInt(size) * dim, out, i * dim, dim);
        }
        return new FloatMatrix(n, dim, out);
    }

    /** Writes the buffer's content. */
    public void write(DataOutputStream out) throws IOException {
        out.writeLong(added);
        int used = size() * dim;
        for (int i = 0; i < used; i++) {
            out.writeFloat(data[i]);
        }
    }

    /** Reads what {@link #write} wrote into this buffer (same capacity and size). */
    public void read(DataInputStream in) throws IOException {
        added = in.readLong();
        int used = size() * dim;
        for (int i = 0; i < used; i++) {
            data[i] = in.readFloat();
        }
    }
}
