package ai.smiling4j.environments.mujoco.reacher;

import ai.smiling4j.environments.shared.TaskProvider;

/** Provides {@code reacher-easy}, DeepMind Control's two-link reacher on MuJoCo (observation 6, action 2). */
public final class ReacherEasyProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public ReacherEasyProvider() {
        super(ReacherEasy.NAME, "DMC two-link arm reaching a target on MuJoCo (obs 6, act 2)",
                ReacherEasy::spec, ReacherEasy::new);
    }
}
