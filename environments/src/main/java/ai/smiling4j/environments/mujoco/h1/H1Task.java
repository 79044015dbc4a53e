package ai.smiling4j.environments.mujoco.h1;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Locomotion;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * What the HumanoidBench-style tasks on the H1-sized humanoid ({@code h1.xml}, included by each
 * task's scene) share: the robot, its start, its observation and the quantities their rewards use.
 *
 * <p>Observation (51): the pelvis's height and orientation quaternion (w, x, y, z) and the 19
 * joint angles (qpos without the global x and y: 24), all 25 velocities (qvel), then the
 * horizontal offset (x, y) from the pelvis to the task's landmark, a site named {@code landmark}
 * in the scene. Action (19): torques in [-1, 1] times each joint's torque limit, in the order
 * left leg (hip yaw, roll, pitch, knee, ankle), right leg, torso, left arm (shoulder pitch, roll,
 * yaw, elbow), right arm. Control every 0.02 s, ten physics steps of 2 ms each.
 *
 * <p>Episodes start at rest, standing upright at the origin facing +x with knees slightly bent
 * (hip pitch -0.4, knee 0.8, ankle -0.4), every joint angle then moved by a uniform offset of at
 * most 0.01 rad.
 */
public abstract class H1Task extends MujocoTask {
    /** Standing (HumanoidBench's value): a head at or above this height counts as standing. */
    protected static final double STAND_HEIGHT = 1.65;
    private static final double FALL_HEIGHT = 0.5;
    private static final double FORCE_MARGIN = 10;
    private static final double CONTROL_TIMESTEP = 0.02;
    private static final int ACTIONS = 19;
    private static final int OBSERVATIONS = 51;
    private static final int ROOT_POSITIONS = 7;
    private static final int VELOCITIES = 25;
    private static final double START_HEIGHT = 0.964;
    private static final double START_NOISE = 0.01;
    private static final String[] BENT_LEG_JOINTS = {"hip_pitch", "knee", "ankle"};
    private static final double[] BENT_LEG_ANGLES = {-0.4, 0.8, -0.4};
    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;
    private static final int ZZ = 8;

    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer xmat;
    private final DoubleBuffer siteXpos;
    private final DoubleBuffer actuatorForce;
    private final DoubleBuffer comVelocity;
    private final int torso;
    private final int head;
    private final int imu;
    private final int landmark;
    private final int[] bentLegJoints = new int[2 * BENT_LEG_JOINTS.length];

    /**
     * @param name     the task's name
     * @param scene    the task's MJCF scene next to its class; it includes {@code h1.xml}
     * @param seed     seeds the stream that seedless resets draw from
     * @param maxSteps the episode length
     */
    protected H1Task(String name, String scene, long seed, int maxSteps) {
        super(spec(name, maxSteps), scene, CONTROL_TIMESTEP, seed);
        qpos = data().qpos();
        qvel = data().qvel();
        xmat = data().xmat();
        siteXpos = data().siteXpos();
        actuatorForce = data().actuatorForce();
        comVelocity = data().sensor("com_velocity");
        torso = 9 * model().requireId(MjObject.BODY, "torso_link");
        head = 3 * model().requireId(MjObject.SITE, "head");
        imu = 3 * model().requireId(MjObject.SITE, "imu");
        landmark = 3 * model().requireId(MjObject.SITE, "landmark");
        for (int i = 0; i < BENT_LEG_JOINTS.length; i++) {
            bentLegJoints[2 * i] = model().jointQposAddress("left_" + BENT_LEG_JOINTS[i]);
            bentLegJoints[2 * i + 1] = model().jointQposAddress("right_" + BENT_LEG_JOINTS[i]);
        }
    }

    /** The spec every H1 task shares: observation 51, action 19, rewards in [0, 1]. */
    public static EnvironmentSpec spec(String name, int maxSteps) {
        return new EnvironmentSpec(name, Box.unbounded(OBSERVATIONS), Box.uniform(ACTIONS, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected final void initializeEpisode(SplittableRandom random) {
        qpos.put(Z, START_HEIGHT);
        for (int i = 0; i < bentLegJoints.length; i++) {
            qpos.put(bentLegJoints[i], BENT_LEG_ANGLES[i / 2]);
        }
        for (int j = ROOT_POSITIONS; j < ROOT_POSITIONS + ACTIONS; j++) {
            qpos.put(j, qpos.get(j) + random.nextDouble(-START_NOISE, START_NOISE));
        }
    }

    @Override
    protected final void observe(float[] out) {
        int at = copy(qvel, 0, VELOCITIES, out, copy(qpos, Z, ROOT_POSITIONS + ACTIONS - Z, out, 0));
        out[at] = (float) (siteXpos.get(landmark + X) - qpos.get(X));
        out[at + 1] = (float) (siteXpos.get(landmark + Y) - qpos.get(Y));
    }

    /** True once the pelvis is below 0.5 m, HumanoidBench's fall. */
    protected final boolean fallen() {
        return pelvis(Z) < FALL_HEIGHT;
    }

    /** Coordinate {@code k} (0 = x, 1 = y, 2 = z) of the pelvis's position. */
    protected final double pelvis(int k) {
        return qpos.get(k);
    }

    /** Component {@code k} (0 = w, 1 = x, 2 = y, 3 = z) of the pelvis's orientation quaternion. */
    protected final double pelvisOrientation(int k) {
        return qpos.get(3 + k);
    }

    /** Coordinate {@code k} of the landmark site. */
    protected final double landmark(int k) {
        return siteXpos.get(landmark + k);
    }

    /** Height of the head site. */
    protected final double headHeight() {
        return siteXpos.get(head + Z);
    }

    /** Coordinate {@code k} of the imu site on the torso. */
    protected final double imu(int k) {
        return siteXpos.get(imu + k);
    }

    /** The vertical component of the torso's z axis: 1 upright, -1 upside down. */
    protected final double torsoUpright() {
        return xmat.get(torso + ZZ);
    }

    /** Component {@code k} of the whole robot's centre-of-mass velocity. */
    protected final double comVelocity(int k) {
        return comVelocity.get(k);
    }

    /** {@link Locomotion#smallControl} of the actuator forces, in newton metres, with HumanoidBench's margin of 10. */
    protected final double smallControl() {
        return Locomotion.smallControl(actuatorForce, FORCE_MARGIN);
    }
}
