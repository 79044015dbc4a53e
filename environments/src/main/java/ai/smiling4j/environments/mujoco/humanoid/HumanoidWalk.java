package ai.smiling4j.environments.mujoco.humanoid;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.JointRandomizer;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Locomotion;
import ai.smiling4j.environments.shared.reward.Tolerance;
import ai.smiling4j.environments.shared.reward.Sigmoid;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's humanoid-walk on MuJoCo: walk at 1 m/s in any direction without falling.
 * Observation (67): the 21 joint angles, the head's height, the positions of the left hand, left
 * foot, right hand and right foot relative to the torso in the torso's frame (12), the torso's z
 * axis in the world frame (3), the torso subtree's velocity (3) and all 27 velocities. Reward:
 * standing times upright times small control times move. Standing is 1 with the head at 1.4 m or
 * higher (Gaussian fall-off, 0.1 at 1.05 m); upright is 1 while the torso's z axis points at
 * least 0.9 up, falling linearly to 0 upside down; small control is {@link Locomotion#smallControl}
 * of the controls with margin 1; move is {@link Locomotion#move} of the torso subtree's horizontal
 * speed towards 1 m/s. Episodes start at rest from a random pose (every joint uniform in its range,
 * a uniformly random orientation) redrawn until no part touches the floor. Control every 0.025 s,
 * five physics steps each.
 */
final class HumanoidWalk extends MujocoTask {
    static final String NAME = "humanoid-walk";
    static final double STAND_HEIGHT = 1.4;
    static final double WALK_SPEED = 1;
    private static final double CONTROL_TIMESTEP = 0.025;
    private static final String[] EXTREMITIES = {"left_hand", "left_foot", "right_hand", "right_foot"};
    private static final int ROOT_POSITIONS = 7;
    private static final int JOINTS = 21;
    private static final int VELOCITIES = 27;
    private static final int ZX = 6;
    private static final int ZZ = 8;
    private static final int Z = 2;

    private final int torso;
    private final int head;
    private final int[] extremities = new int[EXTREMITIES.length];
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer ctrl;
    private final DoubleBuffer xpos;
    private final DoubleBuffer xmat;
    private final DoubleBuffer torsoVelocity;

    HumanoidWalk(long seed, int maxSteps) {
        super(spec(maxSteps), "humanoid.xml", CONTROL_TIMESTEP, seed);
        torso = model().requireId(MjObject.BODY, "torso");
        head = model().requireId(MjObject.BODY, "head");
        for (int i = 0; i < EXTREMITIES.length; i++) {
            extremities[i] = model().requireId(MjObject.BODY, EXTREMITIES[i]);
        }
        qpos = data().qpos();
        qvel = data().qvel();
        ctrl = data().ctrl();
        xpos = data().xpos();
        xmat = data().xmat();
        torsoVelocity = data().sensor("torso_velocity");
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(67), Box.uniform(JOINTS, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        JointRandomizer.randomizeUntilClear(data(), random);
    }

    @Override
    protected void observe(float[] out) {
        int at = copy(qpos, ROOT_POSITIONS, JOINTS, out, 0);
        out[at++] = (float) headHeight();
        for (int limb : extremities) {
            at = putInTorsoFrame(limb, out, at);
        }
        at = copy(xmat, 9 * torso + ZX, 3, out, at);
        at = copy(torsoVelocity, 0, 3, out, at);
        copy(qvel, 0, VELOCITIES, out, at);
    }

    /** Writes {@code R^T (p_limb - p_torso)}, the limb's offset in the torso's frame. */
    private int putInTorsoFrame(int limb, float[] out, int at) {
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            for (int i = 0; i < 3; i++) {
                sum += (xpos.get(3 * limb + i) - xpos.get(3 * torso + i)) * xmat.get(9 * torso + 3 * i + j);
            }
            out[at + j] = (float) sum;
        }
        return at + 3;
    }

    @Override
    protected double reward() {
        double standing = Tolerance.tolerance(headHeight(), STAND_HEIGHT, Double.POSITIVE_INFINITY, STAND_HEIGHT / 4,
                Sigmoid.GAUSSIAN);
        double upright = Locomotion.upright(xmat.get(9 * torso + ZZ), 0.9, 1.9);
        double speed = Math.hypot(torsoVelocity.get(0), torsoVelocity.get(1));
        return standing * upright * Locomotion.smallControl(ctrl, 1) * Locomotion.move(speed, WALK_SPEED);
    }

    private double headHeight() {
        return xpos.get(3 * head + Z);
    }
}
