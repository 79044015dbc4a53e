package ai.smiling4j.environments.mujoco.cheetah;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.MujocoTaskProvider;

/**
 * Provides {@code cheetah-run}, DeepMind Control's planar half-cheetah running at 10 m/s on MuJoCo
 * (observation 17: 8 positions without the root's x, then 9 velocities; action 6).
 */
public final class CheetahRunProvider extends MujocoTaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public CheetahRunProvider() {
        super(CheetahRun.NAME, "DMC half-cheetah running on MuJoCo (obs 17 = 8 positions without root x + 9 velocities,"
                + " act 6)");
    }

    @Override
    protected EnvironmentSpec spec(int maxSteps) {
        return CheetahRun.spec(maxSteps);
    }

    @Override
    protected Environment create(long seed, int maxSteps) {
        return new CheetahRun(seed, maxSteps);
    }
}
