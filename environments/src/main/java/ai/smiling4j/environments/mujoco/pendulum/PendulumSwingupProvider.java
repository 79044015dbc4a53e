package ai.smiling4j.environments.mujoco.pendulum;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.MujocoTaskProvider;

/** Provides {@code pendulum-swingup}, DeepMind Control's pendulum swing-up on MuJoCo (observation 3, action 1). */
public final class PendulumSwingupProvider extends MujocoTaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PendulumSwingupProvider() {
        super(PendulumSwingup.NAME, "DMC pendulum swing-up on MuJoCo (obs 3, act 1)");
    }

    @Override
    protected EnvironmentSpec spec(int maxSteps) {
        return PendulumSwingup.spec(maxSteps);
    }

    @Override
    protected Environment create(long seed, int maxSteps) {
        return new PendulumSwingup(seed, maxSteps);
    }
}
