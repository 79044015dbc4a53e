package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.api.Box;
import ai.smiling4j.environments.mujoco.MjModel;

/**
 * The control noise of MuJoCo's {@code testspeed} sample: at step {@code i}, actuator {@code j}
 * gets the centre of its control range plus {@code scale} times its half-width times
 * {@code 2 h(i, j + 2) - 1}, where {@code h} is the Halton sequence. Deterministic, so Java and C
 * simulate the same trajectory.
 */
final class ControlNoise {
    private final double[] center;
    private final double[] radius;

    /** Noise of relative size {@code scale} within the control ranges (unbounded ones count as [-1, 1]). */
    ControlNoise(Box controls, double scale) {
        int nu = controls.dimension();
        center = new double[nu];
        radius = new double[nu];
        for (int j = 0; j < nu; j++) {
            boolean limited = Float.isFinite(controls.low(j)) && Float.isFinite(controls.high(j));
            center[j] = limited ? ((double) controls.high(j) + controls.low(j)) / 2 : 0;
            radius[j] = scale * (limited ? ((double) controls.high(j) - controls.low(j)) / 2 : 1);
        }
    }

    /** The model's control ranges. */
    static Box controlBox(MjModel model) {
        float[] low = new float[model.nu()];
        float[] high = new float[model.nu()];
        for (int j = 0; j < low.length; j++) {
            double[] range = model.controlRange(j);
            low[j] = (float) range[0];
            high[j] = (float) range[1];
        }
        return new Box(low, high);
    }

    /** Number of actuators. */
    int size() {
        return center.length;
    }

    /** The controls of step {@code i}. */
    float[] controls(int i) {
        float[] out = new float[center.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = (float) control(i, j);
        }
        return out;
    }

    /** The control of actuator {@code j} at step {@code i}. */
    double control(int i, int j) {
        return center[j] + radius[j] * (2 * halton(i, j + 2) - 1);
    }

    /** The radical inverse of {@code index} in {@code base}, with the arithmetic of {@code mju_Halton}. */
    static double halton(int index, int base) {
        double b = base;
        double f = 1 / b;
        double value = 0;
        for (int n = index; n > 0; n /= base) {
            value += f * (n % base);
            f /= b;
        }
        return value;
    }
}
