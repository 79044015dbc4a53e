package ai.smiling4j.solvers.common;

import ai.djl.ndarray.NDArray;
import ai.smiling4j.api.Box;
import ai.smiling4j.api.data.FloatMatrix;

/**
 * The affine map between the policy's actions in [-1, 1] and the environment's action box.
 *
 * @param center    the middle of the box per coordinate
 * @param halfRange half the width of the box per coordinate
 */
public record ActionScale(float[] center, float[] halfRange) {

    /** The map for a finite box. */
    public static ActionScale of(Box box) {
        int n = box.dimension();
        float[] center = new float[n];
        float[] half = new float[n];
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(box.low(i)) || !Float.isFinite(box.high(i)) || box.low(i) == box.high(i)) {
                throw new IllegalArgumentException("a solver needs a finite, non-empty action box, got " + box);
            }
            center[i] = (box.high(i) + box.low(i)) / 2;
            half[i] = (box.high(i) - box.low(i)) / 2;
        }
        return new ActionScale(center, half);
    }

    /** An environment action for a policy action in [-1, 1]. */
    public float[] toEnvironment(float[] unit) {
        float[] out = new float[unit.length];
        for (int i = 0; i < unit.length; i++) {
            out[i] = center[i] + halfRange[i] * unit[i];
        }
        return out;
    }

    /** Policy actions in [-1, 1] for rows of environment actions. */
    public FloatMatrix toUnit(FloatMatrix actions) {
        int n = actions.rows();
        int d = actions.cols();
        float[] out = new float[n * d];
        float[] in = actions.data();
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < d; i++) {
                out[r * d + i] = (in[r * d + i] - center[i]) / halfRange[i];
            }
        }
        return new FloatMatrix(n, d, out);
    }

    /** Environment actions for a batch of policy actions in [-1, 1] {@code (n, |A|)}. */
    public NDArray toEnvironment(NDArray unit) {
        NDArray c = unit.getManager().create(center);
        NDArray h = unit.getManager().create(halfRange);
        return unit.mul(h).add(c);
    }

    /** Policy actions in [-1, 1] for a batch of environment actions {@code (n, |A|)}. */
    public NDArray toUnit(NDArray actions) {
        NDArray c = actions.getManager().create(center);
        NDArray h = actions.getManager().create(halfRange);
        return actions.sub(c).div(h);
    }
}
