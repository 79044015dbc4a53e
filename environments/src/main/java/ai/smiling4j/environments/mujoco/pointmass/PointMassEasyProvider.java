package ai.smiling4j.environments.mujoco.pointmass;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.MujocoTaskProvider;

/** Provides {@code point_mass-easy}, DeepMind Control's point-mass reaching on MuJoCo (observation 4, action 2). */
public final class PointMassEasyProvider extends MujocoTaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PointMassEasyProvider() {
        super(PointMassEasy.NAME, "DMC point mass to the target on MuJoCo (obs 4, act 2)");
    }

    @Override
    protected EnvironmentSpec spec(int maxSteps) {
        return PointMassEasy.spec(maxSteps);
    }

    @Override
    protected Environment create(long seed, int maxSteps) {
        return new PointMassEasy(seed, maxSteps);
    }
}
