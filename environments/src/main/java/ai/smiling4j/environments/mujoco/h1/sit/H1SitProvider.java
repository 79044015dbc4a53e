package ai.smiling4j.environments.mujoco.h1.sit;

import ai.smiling4j.environments.mujoco.h1.H1Task;
import ai.smiling4j.environments.shared.TaskProvider;

/**
 * Provides {@code h1-sit}, HumanoidBench's sit on an H1-sized humanoid with a chair behind it, on
 * MuJoCo (observation 51: pelvis height and quaternion, 19 joint angles, 25 velocities, seat centre
 * minus pelvis in x and y; action 19; ends early on a fall). See {@link H1Task} for the layout.
 */
public final class H1SitProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public H1SitProvider() {
        super(H1Sit.NAME, "HumanoidBench-style sit on a chair, H1-sized humanoid on MuJoCo (obs 51 = pelvis z"
                + " + quaternion 4 + 19 joints + 25 velocities + seat-minus-pelvis x,y; act 19; ends on a fall)",
                maxSteps -> H1Task.spec(H1Sit.NAME, maxSteps), H1Sit::new);
    }
}
