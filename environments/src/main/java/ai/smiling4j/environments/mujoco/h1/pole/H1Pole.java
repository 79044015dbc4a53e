package ai.smiling4j.environments.mujoco.h1.pole;

import ai.smiling4j.environments.mujoco.MjData;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.h1.H1Task;
import ai.smiling4j.environments.shared.reward.Locomotion;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

/**
 * HumanoidBench's h1-pole on the H1-sized humanoid: walk forward through the field of poles
 * without touching one. The landmark is the middle of the first row of poles. Reward, as
 * HumanoidBench defines it: {@code (0.5 small control * standing * upright + 0.5 move) * collision},
 * where standing is 1 with the head at 1.65 m or higher (Gaussian, 0.1 at 1.24 m), upright 1
 * while the torso's z axis points at least 0.9 up (linear to 0 upside down), move
 * {@link Locomotion#move} of the centre of mass's forward speed towards HumanoidBench's 0.5 m/s,
 * and collision 0.1 while any part of the robot touches a pole, else 1. The episode ends when the
 * robot falls: the pelvis below 0.5 m.
 */
final class H1Pole extends H1Task {
    static final String NAME = "h1-pole";
    static final double WALK_SPEED = 0.5;
    static final double COLLISION_DISCOUNT = 0.1;
    private static final int POLES = 55;
    private static final int X = 0;

    private final int firstPole;

    H1Pole(long seed, int maxSteps) {
        super(NAME, "pole.xml", seed, maxSteps);
        firstPole = model().requireId(MjObject.GEOM, "pole_1");
        if (model().requireId(MjObject.GEOM, "pole_" + POLES) != firstPole + POLES - 1) {
            throw new IllegalStateException(NAME + ": the pole geoms' ids are not consecutive");
        }
    }

    @Override
    protected double reward() {
        double standing = Tolerance.tolerance(headHeight(), STAND_HEIGHT, Double.POSITIVE_INFINITY, STAND_HEIGHT / 4,
                Sigmoid.GAUSSIAN);
        double upright = Locomotion.upright(torsoUpright(), 0.9, 1.9);
        double move = Locomotion.move(comVelocity(X), WALK_SPEED);
        double reward = 0.5 * smallControl() * standing * upright + 0.5 * move;
        return touchingAPole() ? COLLISION_DISCOUNT * reward : reward;
    }

    @Override
    protected boolean failed() {
        return fallen();
    }

    /** True if a contact involves a pole; poles belong to the world, so the other geom is the robot's. */
    boolean touchingAPole() {
        MjData data = data();
        for (int i = 0; i < data.ncon(); i++) {
            if (isPole(data.contactGeom1(i)) || isPole(data.contactGeom2(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPole(int geom) {
        return geom >= firstPole && geom < firstPole + POLES;
    }
}
