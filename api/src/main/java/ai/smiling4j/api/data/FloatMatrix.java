package ai.smiling4j.api.data;

import java.util.Arrays;
import java.util.List;

/**
 * A dense row-major matrix of floats: one row per sample (a state, an action, a state-action pair).
 * The backing array is shared, not copied; treat it as read-only once handed to another component.
 *
 * @param rows number of rows
 * @param cols number of columns (the dimension of one sample)
 * @param data {@code rows * cols} values, row after row
 */
public record FloatMatrix(int rows, int cols, float[] data) {

    /** Checks that the shape matches the data. */
    public FloatMatrix {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
        }
        if (data.length != (long) rows * cols) {
            throw new IllegalArgumentException(
                    "a " + rows + "x" + cols + " matrix needs " + (long) rows * cols + " values, got " + data.length);
        }
    }

    /** A matrix of zeros. */
    public static FloatMatrix zeros(int rows, int cols) {
        return new FloatMatrix(rows, cols, new float[rows * cols]);
    }

    /** Copies rows of equal length into a new matrix; an empty array gives a 0 x 0 matrix. */
    public static FloatMatrix ofRows(float[]... rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        float[] data = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, expected " + cols);
            }
            System.arraycopy(rows[r], 0, data, r * cols, cols);
        }
        return new FloatMatrix(rows.length, cols, data);
    }

    /** Stacks matrices with the same number of columns on top of each other. */
    public static FloatMatrix concatRows(List<FloatMatrix> parts) {
        if (parts.isEmpty()) {
            return zeros(0, 0);
        }
        int cols = parts.get(0).cols;
        int rows = 0;
        for (FloatMatrix p : parts) {
            if (p.cols != cols) {
                throw new IllegalArgumentException("cannot stack " + p.cols + " columns onto " + cols);
            }
            rows += p.rows;
        }
        float[] data = new float[rows * cols];
        int offset = 0;
        for (FloatMatrix p : parts) {
            System.arraycopy(p.data, 0, data, offset, p.data.length);
            offset += p.data.length;
        }
        return new FloatMatrix(rows, cols, data);
    }

    /** Joins two matrices with the same number of rows side by side ([a, b] per row). */
    public static FloatMatrix concatColumns(FloatMatrix a, FloatMatrix b) {
        if (a.rows != b.rows) {
            throw new IllegalArgumentException("cannot join " + a.rows + " rows with " + b.rows + " rows");
        }
        int cols = a.cols + b.cols;
        float[] data = new float[a.rows * cols];
        for (int r = 0; r < a.rows; r++) {
            System.arraycopy(a.data, r * a.cols, data, r * cols, a.cols);
            System.arraycopy(b.data, r * b.cols, data, r * cols + a.cols, b.cols);
        }
        return new FloatMatrix(a.rows, cols, data);
    }

    /** The value at row {@code r}, column {@code c}. */
    public float get(int r, int c) {
        return data[r * cols + c];
    }

    /** A copy of row {@code r}. */
    public float[] row(int r) {
        return Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
    }

    /** A new matrix holding copies of rows {@code from} (inclusive) to {@code to} (exclusive). */
    public FloatMatrix rowRange(int from, int to) {
        return new FloatMatrix(to - from, cols, Arrays.copyOfRange(data, from * cols, to * cols));
    }

    /** A new matrix holding copies of the given rows, in order (rows may repeat). */
    public FloatMatrix selectRows(int[] indices) {
        float[] out = new float[indices.length * cols];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(data, indices[i] * cols, out, i * cols, cols);
        }
        return new FloatMatrix(indices.length, cols, out);
    }

    /** True if any value is NaN or infinite. */
    public boolean hasNonFinite() {
        for (float v : data) {
            if (!Float.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "FloatMatrix[" + rows + "x" + cols + "]";
    }
}
