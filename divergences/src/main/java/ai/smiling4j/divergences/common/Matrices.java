package ai.smiling4j.divergences.common;

import ai.smiling4j.api.data.FloatMatrix;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Writing a {@link FloatMatrix} into a divergence's binary state and reading it back. */
public final class Matrices {
    private Matrices() {
    }

    /** Writes the shape, then the values. */
    public static void write(DataOutputStream out, FloatMatrix m) throws IOException {
        out.writeInt(m.rows());
        out.writeInt(m.cols());
        for (float v : m.data()) {
            out.writeFloat(v);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static FloatMatrix read(DataInputStream in) throws IOException {
        int rows = in.readInt();
        int cols = in.readInt();
        float[] data = new float[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < data.length; i++) {
            data[i] = in.readFloat();
        }
        return new FloatMatrix(rows, cols, data);
    }
}
