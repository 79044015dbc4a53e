package ai.smiling4j.environments.mujoco.reacher;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.MujocoTaskProvider;

/** Provides {@code reacher-easy}, DeepMind Control's two-link reacher on MuJoCo (observation 6, action 2). */
public final class ReacherEasyProvider extends MujocoTaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public ReacherEasyProvider() {
        super(ReacherEasy.NAME, "DMC two-link arm reaching a target on MuJoCo (obs 6, act 2)");
    }

    @Override
    protected EnvironmentSpec spec(int maxSteps) {
        return ReacherEasy.spec(maxSteps);
    }

    @Override
    protected Environment create(long seed, int maxSteps) {
        return new ReacherEasy(seed, maxSteps);
    }
}
