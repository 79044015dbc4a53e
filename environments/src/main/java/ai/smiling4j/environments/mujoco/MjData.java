package ai.smiling4j.environments.mujoco;

import static ai.smiling4j.environments.mujoco.global.mujoco.mj_deleteData;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_forward;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_makeData;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_resetData;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_step;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_step1;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_step2;

import ai.smiling4j.environments.mujoco.binding.mjData;
import ai.smiling4j.environments.mujoco.binding.mjModel;
import java.lang.ref.Cleaner;
import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Simulation state ({@code mjData}) of one {@link MjModel}. One thread steps one MjData.
 * {@link #close()} (idempotent) frees it.
 *
 * <p>The array accessors return views: direct buffers over MuJoCo's own memory, each with its own
 * position and limit. Writes go straight into the simulation, reads see every later step; a view
 * must not be used after its MjData is closed. After a {@link MujocoException} from a step the
 * state is undefined: call {@link #reset()} before stepping again.
 */
public final class MjData implements AutoCloseable {
    private final MjModel model;
    private final mjModel m;
    private final mjData d;
    private final Cleaner.Cleanable cleanable;
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer act;
    private final DoubleBuffer qaccWarmstart;
    private final DoubleBuffer qacc;
    private final DoubleBuffer ctrl;
    private final DoubleBuffer mocapPos;
    private final DoubleBuffer mocapQuat;
    private final DoubleBuffer sensordata;
    private final DoubleBuffer xpos;
    private final DoubleBuffer xquat;
    private final DoubleBuffer xmat;
    private final DoubleBuffer geomXpos;
    private final DoubleBuffer siteXpos;
    private final DoubleBuffer subtreeCom;
    private final DoubleBuffer actuatorForce;
    private final DoubleBuffer qfrcActuator;
    private final DoubleBuffer energy;
    private volatile boolean closed;

    MjData(MjModel model) {
        this.model = model;
        this.m = model.raw();
        mjData data;
        try {
            data = mj_makeData(m);
        } catch (RuntimeException e) {
            throw Mujoco.translate(e);
        }
        if (data == null || data.isNull()) {
            throw new MujocoException("mj_makeData returned NULL");
        }
        this.d = data;
        mjData owned = new mjData(data); // the cleaning action must not reach this object
        this.cleanable = MjModel.CLEANER.register(this, () -> mj_deleteData(owned));
        int nbody = m.nbody();
        qpos = view(d.qpos(), m.nq());
        qvel = view(d.qvel(), m.nv());
        act = view(d.act(), m.na());
        qaccWarmstart = view(d.qacc_warmstart(), m.nv());
        qacc = view(d.qacc(), m.nv());
        ctrl = view(d.ctrl(), m.nu());
        mocapPos = view(d.mocap_pos(), 3L * m.nmocap());
        mocapQuat = view(d.mocap_quat(), 4L * m.nmocap());
        sensordata = view(d.sensordata(), m.nsensordata());
        xpos = view(d.xpos(), 3L * nbody);
        xquat = view(d.xquat(), 4L * nbody);
        xmat = view(d.xmat(), 9L * nbody);
        geomXpos = view(d.geom_xpos(), 3L * m.ngeom());
        siteXpos = view(d.site_xpos(), 3L * m.nsite());
        subtreeCom = view(d.subtree_com(), 3L * nbody);
        actuatorForce = view(d.actuator_force(), m.nu());
        qfrcActuator = view(d.qfrc_actuator(), m.nv());
        energy = view(d.energy(), 2);
        model.register(this);
    }

    private static DoubleBuffer view(DoublePointer p, long length) {
        return length == 0 ? DoubleBuffer.allocate(0) : p.capacity(length).asBuffer();
    }

    /** The model this state belongs to. */
    public MjModel model() {
        return model;
    }

    /** The JavaCPP struct, for what this class does not wrap. Do not free it. */
    public mjData raw() {
        checkOpen();
        return d;
    }

    /** One {@code mj_step}: forward dynamics, then integration over one timestep. */
    public void step() {
        step(1);
    }

    /** {@code n} consecutive {@code mj_step}s. */
    public void step(int n) {
        checkOpen();
        try {
            for (int i = 0; i < n; i++) {
                mj_step(m, d);
            }
        } catch (RuntimeException e) {
            throw Mujoco.translate(e);
        }
    }

    /** {@code mj_step1}: the position- and velocity-dependent half of a step (kinematics, sensors). */
    public void step1() {
        checkOpen();
        try {
            mj_step1(m, d);
        } catch (RuntimeException e) {
            throw Mujoco.translate(e);
        }
    }

    /** {@code mj_step2}: the rest of a step after {@link #step1()}: controls, accelerations, integration. */
    public void step2() {
        checkOpen();
        try {
            mj_step2(m, d);
        } catch (RuntimeException e) {
            throw Mujoco.translate(e);
        }
    }

    /** {@code mj_forward}: recomputes every derived quantity for the current state without integrating. */
    public void forward() {
        checkOpen();
        try {
            mj_forward(m, d);
        } catch (RuntimeException e) {
            throw Mujoco.translate(e);
        }
    }

    /** {@code mj_resetData}: back to the model's reference pose, zero velocities, controls and time. */
    public void reset() {
        checkOpen();
        try {
            mj_resetData(m, d);
        } catch (RuntimeException e) {
            throw Mujoco.translate(e);
        }
    }

    /** Simulated time in seconds. */
    public double time() {
        return raw().time();
    }

    /** Sets the simulated time. */
    public void setTime(double time) {
        raw().time(time);
    }

    /** Number of contacts found by the last forward pass. */
    public int ncon() {
        return raw().ncon();
    }

    /** The first of the two geoms in contact {@code i}, {@code 0 <= i < }{@link #ncon()}. */
    public int contactGeom1(int i) {
        return raw().contact().position(checkContact(i)).geom1();
    }

    /** The second of the two geoms in contact {@code i}, {@code 0 <= i < }{@link #ncon()}. */
    public int contactGeom2(int i) {
        return raw().contact().position(checkContact(i)).geom2();
    }

    private int checkContact(int i) {
        if (i < 0 || i >= ncon()) {
            throw new IndexOutOfBoundsException("contact " + i + " of " + ncon());
        }
        return i;
    }

    /** Generalized positions (nq). */
    public DoubleBuffer qpos() {
        return live(qpos);
    }

    /** Generalized velocities (nv). */
    public DoubleBuffer qvel() {
        return live(qvel);
    }

    /** Actuator activations (na). */
    public DoubleBuffer act() {
        return live(act);
    }

    /** The accelerations the constraint solver starts from in the next step (nv). */
    public DoubleBuffer qaccWarmstart() {
        return live(qaccWarmstart);
    }

    /** Generalized accelerations of the last step (nv). */
    public DoubleBuffer qacc() {
        return live(qacc);
    }

    /** Controls (nu). */
    public DoubleBuffer ctrl() {
        return live(ctrl);
    }

    /** Mocap body positions (nmocap x 3). */
    public DoubleBuffer mocapPos() {
        return live(mocapPos);
    }

    /** Mocap body orientations as quaternions w, x, y, z (nmocap x 4). */
    public DoubleBuffer mocapQuat() {
        return live(mocapQuat);
    }

    /** All sensor outputs (nsensordata); see {@link #sensor(String)}. */
    public DoubleBuffer sensordata() {
        return live(sensordata);
    }

    /** Body frame positions (nbody x 3). */
    public DoubleBuffer xpos() {
        return live(xpos);
    }

    /** Body frame orientations as quaternions w, x, y, z (nbody x 4). */
    public DoubleBuffer xquat() {
        return live(xquat);
    }

    /** Body frame orientations as row-major 3x3 matrices (nbody x 9). */
    public DoubleBuffer xmat() {
        return live(xmat);
    }

    /** Geom positions (ngeom x 3). */
    public DoubleBuffer geomXpos() {
        return live(geomXpos);
    }

    /** Site positions (nsite x 3). */
    public DoubleBuffer siteXpos() {
        return live(siteXpos);
    }

    /** Centre of mass of each body's subtree (nbody x 3). */
    public DoubleBuffer subtreeCom() {
        return live(subtreeCom);
    }

    /** Actuator forces in actuation space (nu). */
    public DoubleBuffer actuatorForce() {
        return live(actuatorForce);
    }

    /** Actuator forces in joint space (nv). */
    public DoubleBuffer qfrcActuator() {
        return live(qfrcActuator);
    }

    /** Potential and kinetic energy; computed only if the model enables the energy flag. */
    public DoubleBuffer energy() {
        return live(energy);
    }

    /** The values of one named sensor, a view into {@link #sensordata()}. */
    public DoubleBuffer sensor(String name) {
        int adr = model.sensorAddress(name);
        return sensordata().position(adr).limit(adr + model.sensorDimension(name)).slice();
    }

    /** True once closed. */
    public boolean isClosed() {
        return closed;
    }

    /** Frees the state; safe to call again. Views taken earlier become invalid. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        model.unregister(this);
        cleanable.clean();
    }

    private DoubleBuffer live(DoubleBuffer view) {
        checkOpen();
        return view.duplicate();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("MjData is closed");
        }
    }
}
