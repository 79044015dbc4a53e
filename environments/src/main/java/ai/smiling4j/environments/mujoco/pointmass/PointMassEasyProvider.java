package ai.smiling4j.environments.mujoco.pointmass;

import ai.smiling4j.environments.shared.TaskProvider;

/** Provides {@code point_mass-easy}, DeepMind Control's point-mass reaching on MuJoCo (observation 4, action 2). */
public final class PointMassEasyProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PointMassEasyProvider() {
        super(PointMassEasy.NAME, "DMC point mass to the target on MuJoCo (obs 4, act 2)",
                PointMassEasy::spec, PointMassEasy::new);
    }
}
