package ai.smiling4j.environments.mujoco.h1.crawl;

import ai.smiling4j.environments.mujoco.h1.H1Task;
import ai.smiling4j.environments.shared.TaskProvider;

/**
 * Provides {@code h1-crawl}, HumanoidBench's crawl through a low tunnel on an H1-sized humanoid,
 * on MuJoCo (observation 51: pelvis height and quaternion, 19 joint angles, 25 velocities, tunnel
 * entrance minus pelvis in x and y; action 19; never ends early). See {@link H1Task} for the layout.
 */
public final class H1CrawlProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public H1CrawlProvider() {
        super(H1Crawl.NAME, "HumanoidBench-style crawl through a tunnel, H1-sized humanoid on MuJoCo (obs 51 ="
                + " pelvis z + quaternion 4 + 19 joints + 25 velocities + entrance-minus-pelvis x,y; act 19)",
                maxSteps -> H1Task.spec(H1Crawl.NAME, maxSteps), H1Crawl::new);
    }
}
