package ai.smiling4j.environments.mujoco.walker;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.MujocoTaskProvider;

/**
 * Provides {@code walker-walk}, DeepMind Control's planar biped walking at 1 m/s on MuJoCo
 * (observation 24: 14 body orientations, torso height, 9 velocities; action 6).
 */
public final class WalkerWalkProvider extends MujocoTaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public WalkerWalkProvider() {
        super(WalkerWalk.NAME, "DMC planar walker walking on MuJoCo (obs 24 = 14 orientations + height + 9 velocities,"
                + " act 6)");
    }

    @Override
    protected EnvironmentSpec spec(int maxSteps) {
        return WalkerWalk.spec(maxSteps);
    }

    @Override
    protected Environment create(long seed, int maxSteps) {
        return new WalkerWalk(seed, maxSteps);
    }
}
