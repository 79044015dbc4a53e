package ai.smiling4j.environments.mujoco.h1;

import ai.smiling4j.environments.mujoco.task.PhysicsState;

/**
 * Puts an H1 task into chosen states for tests, by the coordinates of {@code h1.xml}: qpos is the
 * pelvis's position and quaternion, then the joints (left leg, right leg, torso, left arm, right
 * arm); qvel the pelvis's linear and angular velocity, then the joints.
 */
public final class H1Pose {
    /** Number of positions. */
    public static final int NQ = 26;
    /** Number of velocities. */
    public static final int NV = 25;
    private static final int LEFT_HIP_PITCH = 9;
    private static final int RIGHT_HIP_PITCH = 14;

    private H1Pose() {
    }

    /** The task's state after {@code reset(0)}: standing at the origin, knees slightly bent, at rest. */
    public static PhysicsState standing(H1Task task) {
        task.reset(0);
        return PhysicsState.of(task, NQ, NV);
    }

    /** Moves the pelvis to {@code (x, y, z)}. */
    public static PhysicsState placed(PhysicsState state, double x, double y, double z) {
        return state.qpos(0, x).qpos(1, y).qpos(2, z);
    }

    /** Turns the pelvis by {@code angle} about y (forward for a positive angle). */
    public static PhysicsState pitched(PhysicsState state, double angle) {
        return state.qpos(3, Math.cos(angle / 2)).qpos(4, 0).qpos(5, Math.sin(angle / 2)).qpos(6, 0);
    }

    /** Sets both legs' hip pitch, knee and ankle angles. */
    public static PhysicsState legs(PhysicsState state, double hipPitch, double knee, double ankle) {
        for (int hip : new int[] {LEFT_HIP_PITCH, RIGHT_HIP_PITCH}) {
            state.qpos(hip, hipPitch).qpos(hip + 1, knee).qpos(hip + 2, ankle);
        }
        return state;
    }

    /** Sets the pelvis's forward velocity. */
    public static PhysicsState movingForward(PhysicsState state, double speed) {
        return state.qvel(0, speed);
    }
}
