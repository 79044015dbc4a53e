package ai.smiling4j.environments.mujoco.humanoid;

import ai.smiling4j.environments.shared.TaskProvider;

/**
 * Provides {@code humanoid-walk}, DeepMind Control's 21-joint humanoid walking at 1 m/s on MuJoCo
 * (observation 67: 21 joint angles, head height, 12 extremity offsets, 3 torso-vertical, 3 centre-of-mass
 * velocity, 27 velocities; action 21).
 */
public final class HumanoidWalkProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public HumanoidWalkProvider() {
        super(HumanoidWalk.NAME, "DMC 21-joint humanoid walking on MuJoCo (obs 67 = 21 joint angles + head height"
                + " + 12 extremities + 3 torso vertical + 3 com velocity + 27 velocities, act 21)",
                HumanoidWalk::spec, HumanoidWalk::new);
    }
}
