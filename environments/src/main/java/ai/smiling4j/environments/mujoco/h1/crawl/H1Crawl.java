package ai.smiling4j.environments.mujoco.h1.crawl;

import static ai.smiling4j.environments.shared.reward.Tolerance.tolerance;

import ai.smiling4j.environments.mujoco.h1.H1Task;
import ai.smiling4j.environments.shared.reward.Locomotion;

/**
 * HumanoidBench's h1-crawl on the H1-sized humanoid: crawl forward through the 1.2 m high tunnel
 * in front of it. The landmark is the middle of the tunnel's entrance. Reward, as HumanoidBench
 * defines it: {@code (0.1 small control + 0.25 min(crawling, crawling head) + 0.4 move
 * + 0.25 orientation) * in tunnel}, where crawling is 1 with the imu between 0.6 and 1 m high,
 * crawling head the same for the head (both Gaussian, 0.1 at 1 m outside), move
 * {@link Locomotion#move} of the centre of mass's forward speed towards 1 m/s, orientation a
 * Gaussian tolerance (0.1 at distance 1) of the distance from the pelvis's quaternion to
 * (0.75, 0, 0.65, 0), pitched forward about 80 degrees, and in tunnel 1 while the imu is within
 * 1 m of the tunnel's axis sideways, else 0. Like HumanoidBench's, episodes never end early.
 */
final class H1Crawl extends H1Task {
    static final String NAME = "h1-crawl";
    static final double CRAWL_SPEED = 1;
    private static final double CRAWL_LOW = 0.6;
    private static final double CRAWL_HIGH = 1.0;
    private static final double[] CRAWL_ORIENTATION = {0.75, 0, 0.65, 0};
    private static final double TUNNEL_HALF_WIDTH = 1;
    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    H1Crawl(long seed, int maxSteps) {
        super(NAME, "crawl.xml", seed, maxSteps);
    }

    @Override
    protected double reward() {
        double move = Locomotion.move(comVelocity(X), CRAWL_SPEED);
        double crawlingHead = tolerance(headHeight(), CRAWL_LOW, CRAWL_HIGH, 1);
        double crawling = tolerance(imu(Z), CRAWL_LOW, CRAWL_HIGH, 1);
        double orientation = tolerance(distanceToCrawlOrientation(), 0, 0, 1);
        double sideways = imu(Y) - landmark(Y);
        double inTunnel = tolerance(sideways, -TUNNEL_HALF_WIDTH, TUNNEL_HALF_WIDTH, 0);
        return (0.1 * smallControl() + 0.25 * Math.min(crawling, crawlingHead) + 0.4 * move + 0.25 * orientation)
                * inTunnel;
    }

    private double distanceToCrawlOrientation() {
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            double d = pelvisOrientation(k) - CRAWL_ORIENTATION[k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
