package ai.smiling4j.environments.mujoco.cheetah;

import ai.smiling4j.environments.shared.TaskProvider;

/**
 * Provides {@code cheetah-run}, DeepMind Control's planar half-cheetah running at 10 m/s on MuJoCo
 * (observation 17: 8 positions without the root's x, then 9 velocities; action 6).
 */
public final class CheetahRunProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public CheetahRunProvider() {
        super(CheetahRun.NAME, "DMC half-cheetah running on MuJoCo (obs 17 = 8 positions without root x + 9 velocities,"
                + " act 6)",
                CheetahRun::spec, CheetahRun::new);
    }
}
