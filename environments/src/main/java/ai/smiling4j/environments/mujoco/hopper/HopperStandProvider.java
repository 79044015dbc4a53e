package ai.smiling4j.environments.mujoco.hopper;

import ai.smiling4j.environments.shared.TaskProvider;

/**
 * Provides {@code hopper-stand}, DeepMind Control's planar one-legged hopper standing up on MuJoCo
 * (observation 15: 6 positions without the root's x, 7 velocities, 2 touch sensors as log1p; action 4).
 */
public final class HopperStandProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public HopperStandProvider() {
        super(HopperStand.NAME, "DMC planar hopper standing on MuJoCo (obs 15 = 6 positions + 7 velocities"
                + " + 2 log1p touch, act 4)",
                HopperStand::spec, HopperStand::new);
    }
}
