package ai.smiling4j.environments.mujoco.ballincup;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.MujocoTaskProvider;

/** Provides {@code ball_in_cup-catch}, DeepMind Control's cup-and-ball on MuJoCo (observation 8, action 2). */
public final class BallInCupCatchProvider extends MujocoTaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public BallInCupCatchProvider() {
        super(BallInCupCatch.NAME, "DMC ball in cup catch on MuJoCo (obs 8, act 2)");
    }

    @Override
    protected EnvironmentSpec spec(int maxSteps) {
        return BallInCupCatch.spec(maxSteps);
    }

    @Override
    protected Environment create(long seed, int maxSteps) {
        return new BallInCupCatch(seed, maxSteps);
    }
}
