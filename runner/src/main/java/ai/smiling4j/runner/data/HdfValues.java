package ai.smiling4j.runner.data;

import java.nio.file.Path;

/** Converts the flat arrays jHDF returns (any numeric type, booleans, HDF5 enums such as h5py's bool) to floats. */
final class HdfValues {
    private HdfValues() {
    }

    static float[] floats(Path file, String label, Object flat) {
        if (flat instanceof float[] f) {
            return f;
        }
        if (flat instanceof double[] d) {
            float[] out = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = (float) d[i];
            }
            return out;
        }
        if (flat instanceof boolean[] b) {
            float[] out = new float[b.length];
            for (int i = 0; i < b.length; i++) {
                out[i] = b[i] ? 1 : 0;
            }
            return out;
        }
        if (flat instanceof String[] s) {
            return enumFlags(file, label, s);
        }
        if (flat instanceof long[] l) {
            float[] out = new float[l.length];
            for (int i = 0; i < l.length; i++) {
                out[i] = l[i];
            }
            return out;
        }
        if (flat instanceof int[] n) {
            float[] out = new float[n.length];
            for (int i = 0; i < n.length; i++) {
                out[i] = n[i];
            }
            return out;
        }
        if (flat instanceof short[] n) {
            float[] out = new float[n.length];
            for (int i = 0; i < n.length; i++) {
                out[i] = n[i];
            }
            return out;
        }
        if (flat instanceof byte[] n) {
            float[] out = new float[n.length];
            for (int i = 0; i < n.length; i++) {
                out[i] = n[i];
            }
            return out;
        }
        throw Checks.error(file, label + " hold " + flat.getClass().getSimpleName()
                + " values, not numbers");
    }

    /** h5py stores numpy bools as an HDF5 enum that jHDF reads as the names {@code TRUE} and {@code FALSE}. */
    private static float[] enumFlags(Path file, String label, String[] names) {
        float[] out = new float[names.length];
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase("TRUE")) {
                out[i] = 1;
            } else if (!names[i].equalsIgnoreCase("FALSE")) {
                throw Checks.error(file, label + " hold '" + names[i] + "' at " + i + ", not a number or boolean");
            }
        }
        return out;
    }
}
