package ai.smiling4j.environments.mujoco.ballincup;

import ai.smiling4j.environments.shared.TaskProvider;

/** Provides {@code ball_in_cup-catch}, DeepMind Control's cup-and-ball on MuJoCo (observation 8, action 2). */
public final class BallInCupCatchProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public BallInCupCatchProvider() {
        super(BallInCupCatch.NAME, "DMC ball in cup catch on MuJoCo (obs 8, act 2)",
                BallInCupCatch::spec, BallInCupCatch::new);
    }
}
