package ai.smiling4j.environments.mujoco.walker;

import ai.smiling4j.environments.shared.TaskProvider;

/**
 * Provides {@code walker-walk}, DeepMind Control's planar biped walking at 1 m/s on MuJoCo
 * (observation 24: 14 body orientations, torso height, 9 velocities; action 6).
 */
public final class WalkerWalkProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public WalkerWalkProvider() {
        super(WalkerWalk.NAME, "DMC planar walker walking on MuJoCo (obs 24 = 14 orientations + height + 9 velocities,"
                + " act 6)",
                WalkerWalk::spec, WalkerWalk::new);
    }
}
