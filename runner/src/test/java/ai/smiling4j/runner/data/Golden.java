package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The golden files of src/test/resources/data and the values make_golden.py put in them. */
final class Golden {
    private Golden() {
    }

    static Path file(String name) {
        try {
            return Path.of(Objects.requireNonNull(Golden.class.getResource("/data/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** make_golden.py's observations: {@code offset + t / 2 + j / 8} for step t and column j. */
    static FloatMatrix observations(int rows, int dim, int offset) {
        float[] v = new float[rows * dim];
        for (int t = 0; t < rows; t++) {
            for (int j = 0; j < dim; j++) {
                v[t * dim + j] = offset + t * 0.5f + j / 8f;
            }
        }
        return new FloatMatrix(rows, dim, v);
    }

    /** make_golden.py's actions: {@code (index - offset) / 4}, counting values row after row. */
    static FloatMatrix actions(int steps, int dim, int offset) {
        float[] v = new float[steps * dim];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i - offset) / 4f;
        }
        return new FloatMatrix(steps, dim, v);
    }

    /** make_golden.py's rewards: {@code linspace(0.25, 1, steps) + offset}. */
    static float[] rewards(int steps, int offset) {
        float[] r = new float[steps];
        for (int i = 0; i < steps; i++) {
            r[i] = offset + (steps == 1 ? 0.25f : 0.25f + 0.75f * i / (steps - 1));
        }
        return r;
    }

    static boolean[] flags(int steps, int... set) {
        boolean[] f = new boolean[steps];
        for (int i : set) {
            f[i] = true;
        }
        return f;
    }

    /** An episode of make_golden.py's {@code episode(steps, obs_dim, act_dim, offset)}. */
    static Episode episode(int steps, int obsDim, int actDim, int offset, boolean[] terminations, boolean[] truncations) {
        return new Episode(observations(steps + 1, obsDim, offset), actions(steps, actDim, offset),
                rewards(steps, offset), terminations, truncations);
    }
}
