package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.MjData;
import ai.smiling4j.environments.mujoco.MjModel;

import java.nio.DoubleBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * A bare model as an environment, so that {@link ai.smiling4j.api.VectorEnvironment} can step
 * copies of it: an action is the controls (written unclipped, as testspeed does), one step is {@code subSteps} calls of {@code mj_step},
 * there is no observation and no reward. Every episode starts from the reference pose.
 */
final class NoisyPhysics implements Environment {
    private static final float[] NO_OBSERVATION = new float[0];

    private final MjModel model;
    private final MjData data;
    private final DoubleBuffer ctrl;
    private final EnvironmentSpec spec;
    private final int subSteps;
    private int steps;

    NoisyPhysics(Path file, int subSteps, int maxSteps) {
        this.model = MjModel.fromFile(file);
        this.data = model.makeData();
        this.ctrl = data.ctrl();
        this.subSteps = subSteps;
        this.spec = new EnvironmentSpec("physics-" + file.getFileName(), Box.unbounded(0),
                ControlNoise.controlBox(model), maxSteps, 0, 0);
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public float[] reset(long seed) {
        data.reset();
        steps = 0;
        return NO_OBSERVATION;
    }

    @Override
    public float[] reset() {
        return reset(0);
    }

    @Override
    public StepResult step(float[] action) {
        for (int j = 0; j < action.length; j++) {
            ctrl.put(j, action[j]);
        }
        data.step(subSteps);
        steps++;
        return new StepResult(NO_OBSERVATION, 0, false, steps >= spec.maxEpisodeSteps(), Map.of());
    }

    @Override
    public void close() {
        model.close();
    }
}
