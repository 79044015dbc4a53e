package ai.smiling4j.environments.mujoco.task;

import ai.smiling4j.api.Environment;

/**
 * Edits a MuJoCo task's physics state vector {@code [time, steps, qpos, qvel, act, qacc_warmstart,
 * mocap_pos, mocap_quat]} by coordinate, so that tests can put a task into a chosen state.
 *
 * @param nq     number of positions
 * @param nv     number of velocities
 * @param na     number of activations
 * @param values the state being edited
 */
public record PhysicsState(int nq, int nv, int na, double[] values) {

    /** The current state of {@code env}, a task with {@code nq} positions, {@code nv} velocities and no activations. */
    public static PhysicsState of(Environment env, int nq, int nv) {
        return new PhysicsState(nq, nv, 0, env.physicsState());
    }

    /** Sets position coordinate {@code i}. */
    public PhysicsState qpos(int i, double value) {
        values[2 + i] = value;
        return this;
    }

    /** Sets velocity coordinate {@code i}. */
    public PhysicsState qvel(int i, double value) {
        values[2 + nq + i] = value;
        return this;
    }

    /** Sets coordinate {@code k} of mocap body {@code body}'s position. */
    public PhysicsState mocapPos(int body, int k, double value) {
        values[2 + nq + 2 * nv + na + 3 * body + k] = value;
        return this;
    }

    /** Puts the edited state into {@code env}. */
    public void restoreInto(Environment env) {
        env.restorePhysicsState(values);
    }
}
