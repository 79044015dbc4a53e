package ai.smiling4j.environments.mujoco.h1.sit;

import static ai.smiling4j.environments.shared.reward.Tolerance.tolerance;

import ai.smiling4j.environments.mujoco.h1.H1Task;
import ai.smiling4j.environments.shared.reward.Locomotion;

/**
 * HumanoidBench's h1-sit (sit_simple) on the H1-sized humanoid: sit down on the chair behind it
 * and stay seated. The landmark is the seat's centre. Reward, as HumanoidBench defines it:
 * small control times sit times don't-move, where sit is
 * {@code (sitting + on chair) / 2 * upright * posture}: sitting is 1 with the pelvis between 0.68
 * and 0.72 m high, on chair 1 with the pelvis within 0.19 m of the seat's centre along x and over
 * it along y, posture 1 with the head 0.35 to 0.45 m above the imu (an upright trunk), upright 1
 * while the torso's z axis points at least 0.95 up (linear to 0 at 0.05), and don't-move the mean
 * over x and y of a Gaussian tolerance of the centre-of-mass speed (0.1 at 2 m/s). The episode
 * ends when the robot falls: the pelvis below 0.5 m.
 */
final class H1Sit extends H1Task {
    static final String NAME = "h1-sit";
    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    H1Sit(long seed, int maxSteps) {
        super(NAME, "sit.xml", seed, maxSteps);
    }

    @Override
    protected double reward() {
        double sitting = tolerance(pelvis(Z), 0.68, 0.72, 0.2);
        double onChair = tolerance(pelvis(X) - landmark(X), -0.19, 0.19, 0.2)
                * tolerance(pelvis(Y) - landmark(Y), 0, 0, 0.1);
        double posture = tolerance(headHeight() - imu(Z), 0.35, 0.45, 0.3);
        double upright = Locomotion.upright(torsoUpright(), 0.95, 0.9);
        double sit = (0.5 * sitting + 0.5 * onChair) * upright * posture;
        double dontMove = (tolerance(comVelocity(X), 0, 0, 2) + tolerance(comVelocity(Y), 0, 0, 2)) / 2;
        return smallControl() * sit * dontMove;
    }

    @Override
    protected boolean failed() {
        return fallen();
    }
}
