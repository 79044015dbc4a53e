package ai.smiling4j.environments.mujoco.pendulum;

import ai.smiling4j.environments.shared.TaskProvider;

/** Provides {@code pendulum-swingup}, DeepMind Control's pendulum swing-up on MuJoCo (observation 3, action 1). */
public final class PendulumSwingupProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PendulumSwingupProvider() {
        super(PendulumSwingup.NAME, "DMC pendulum swing-up on MuJoCo (obs 3, act 1)",
                PendulumSwingup::spec, PendulumSwingup::new);
    }
}
