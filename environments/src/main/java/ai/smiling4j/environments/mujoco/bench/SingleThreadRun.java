package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.environments.mujoco.MjData;
import ai.smiling4j.environments.mujoco.MjModel;

import java.nio.DoubleBuffer;

/**
 * The Java twin of one {@code testspeed} run: from the model's reference pose, {@code steps} calls
 * of {@code mj_step}, each after writing the control noise into {@code ctrl}. (testspeed starts
 * from a keyframe named "test" instead if the model has one; Debian's humanoid has none.)
 */
final class SingleThreadRun {
    private SingleThreadRun() {
    }

    /** Steps per second of one timed run on a fresh state. */
    static double stepsPerSecond(MjModel model, ControlNoise noise, int steps) {
        try (MjData data = model.makeData()) {
            DoubleBuffer ctrl = data.ctrl();
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                for (int j = 0; j < noise.size(); j++) {
                    ctrl.put(j, noise.control(i, j));
                }
                data.step();
            }
            return steps / ((System.nanoTime() - start) * 1e-9);
        }
    }
}
