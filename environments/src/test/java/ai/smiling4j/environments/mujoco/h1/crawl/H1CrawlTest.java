package ai.smiling4j.environments.mujoco.h1.crawl;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.h1.H1Pose;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H1CrawlTest {
    private static final float[] NO_TORQUE = new float[19];
    /** The pelvis pitched forward as HumanoidBench's crawling orientation (0.75, 0, 0.65, 0) has it. */
    private static final double CRAWL_PITCH = 2 * Math.atan2(0.65, 0.75);

    /** The robot in the tunnel at lateral offset {@code y}, pitched forward low, moving forward at 1 m/s. */
    private static H1Crawl crawling(double y) {
        H1Crawl env = new H1Crawl(0, 1000);
        PhysicsState state = H1Pose.placed(H1Pose.standing(env), 3, y, 0.7);
        H1Pose.movingForward(H1Pose.pitched(state, CRAWL_PITCH), H1Crawl.CRAWL_SPEED).restoreInto(env);
        return env;
    }

    @Test
    void crawlingForwardLowInTheTunnelEarnsMoreThanStandingStill() {
        try (H1Crawl crawl = crawling(0); H1Crawl stand = new H1Crawl(0, 1000)) {
            stand.reset(0);
            double crawled = crawl.step(NO_TORQUE).reward();
            double stood = stand.step(NO_TORQUE).reward();
            assertTrue(crawled > 0.9, "crawling: " + crawled);
            assertTrue(stood < 0.45, "standing: " + stood);
        }
    }

    @Test
    void outsideTheTunnelSidewaysNothingCounts() {
        try (H1Crawl env = crawling(3)) {
            assertEquals(0, env.step(NO_TORQUE).reward());
        }
    }

    @Test
    void lyingOnTheFloorDoesNotEndTheEpisode() {
        try (H1Crawl env = new H1Crawl(0, 1000)) {
            H1Pose.pitched(H1Pose.placed(H1Pose.standing(env), 0, 0, 0.2), -Math.PI / 2).restoreInto(env);
            StepResult r = env.step(NO_TORQUE);
            assertFalse(r.terminated());
        }
    }
}
