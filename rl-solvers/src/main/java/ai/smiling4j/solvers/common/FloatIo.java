package ai.smiling4j.solvers.common;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Float arrays to and from binary streams in little-endian chunks (the replays' file format). */
final class FloatIo {
    private static final int CHUNK_FLOATS = 1 << 14;

    private FloatIo() {
    }

    /** Writes the first {@code n} values. */
    static void write(DataOutputStream out, float[] values, int n) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < n; from += CHUNK_FLOATS) {
            int count = Math.min(CHUNK_FLOATS, n - from);
            bytes.clear();
            bytes.asFloatBuffer().put(values, from, count);
            out.write(bytes.array(), 0, 4 * count);
        }
    }

    /** Fills {@code values} completely. */
    static void read(DataInputStream in, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < values.length; from += CHUNK_FLOATS) {
            int count = Math.min(CHUNK_FLOATS, values.length - from);
            in.readFully(bytes.array(), 0, 4 * count);
            bytes.clear();
            bytes.asFloatBuffer().get(values, from, count);
        }
    }
}
