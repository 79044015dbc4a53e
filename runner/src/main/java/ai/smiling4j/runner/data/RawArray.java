package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.FloatMatrix;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A numeric array as a file stores it (an HDF5 dataset, a .npy entry), converted to floats.
 *
 * @param label  how messages name it, e.g. {@code episode_0 observations}
 * @param shape  its dimensions
 * @param values its values in row-major order (booleans as 0 and 1)
 */
record RawArray(String label, int[] shape, float[] values) {

    /** The array as a {@code steps x values} matrix; it must have two dimensions. */
    FloatMatrix matrix(Path file) {
        if (shape.length != 2) {
            throw Checks.error(file, label + " have shape " + Arrays.toString(shape)
                    + " but need two dimensions (steps x values)");
        }
        return new FloatMatrix(shape[0], shape[1], values);
    }

    /** The array as one value per step: shape {@code [n]} or {@code [n, 1]}. */
    float[] vector(Path file) {
        if (shape.length != 1 && !(shape.length == 2 && shape[1] == 1)) {
            throw Checks.error(file, label + " have shape " + Arrays.toString(shape) + " but need one value per step");
        }
        return values;
    }

    /** The array as one flag per step: nonzero is true. */
    boolean[] flags(Path file) {
        float[] v = vector(file);
        boolean[] flags = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            flags[i] = v[i] != 0;
        }
        return flags;
    }
}
