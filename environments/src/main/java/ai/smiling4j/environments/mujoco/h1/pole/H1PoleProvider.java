package ai.smiling4j.environments.mujoco.h1.pole;

import ai.smiling4j.environments.mujoco.h1.H1Task;
import ai.smiling4j.environments.shared.TaskProvider;

/**
 * Provides {@code h1-pole}, HumanoidBench's walk through a field of poles on an H1-sized humanoid,
 * on MuJoCo (observation 51: pelvis height and quaternion, 19 joint angles, 25 velocities, first
 * pole row's centre minus pelvis in x and y; action 19; ends early on a fall). See {@link H1Task}.
 */
public final class H1PoleProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public H1PoleProvider() {
        super(H1Pole.NAME, "HumanoidBench-style walk through a pole field, H1-sized humanoid on MuJoCo (obs 51 ="
                + " pelvis z + quaternion 4 + 19 joints + 25 velocities + field-minus-pelvis x,y; act 19; ends on a fall)",
                maxSteps -> H1Task.spec(H1Pole.NAME, maxSteps), H1Pole::new);
    }
}
