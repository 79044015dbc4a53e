package ai.smiling4j.environments.mujoco;

import static ai.smiling4j.environments.mujoco.global.mujoco.mjINT_RK4;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_defaultVFS;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_deleteModel;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_deleteVFS;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_findFileVFS;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_id2name;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_loadXML;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_makeEmptyFileVFS;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_name2id;

import ai.smiling4j.environments.mujoco.binding.mjModel;
import ai.smiling4j.environments.mujoco.binding.mjVFS;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * A compiled MuJoCo model ({@code mjModel}). {@link #close()} (idempotent) frees it after closing
 * every {@link MjData} still open on it; a model dropped unclosed is freed by a {@link Cleaner}.
 * A model is read-only in practice and may be shared by threads that each step their own MjData.
 */
public final class MjModel implements AutoCloseable {
    static final Cleaner CLEANER = Cleaner.create();
    private static final int ERROR_SIZE = 1000;
    private static final String VFS_NAME = "model.xml";

    private final mjModel ptr;
    private final Cleaner.Cleanable cleanable;
    private final Set<MjData> openData = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile boolean closed;

    private MjModel(mjModel ptr) {
        this.ptr = ptr;
        mjModel owned = new mjModel(ptr); // the cleaning action must not reach this object
        this.cleanable = CLEANER.register(this, () -> mj_deleteModel(owned));
    }

    /** Compiles an MJCF file; relative asset paths resolve against its folder. */
    public static MjModel fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MujocoException("No such model file: " + file);
        }
        return load(file.toAbsolutePath().toString(), null);
    }

    /** Compiles an MJCF document held in memory (through MuJoCo's virtual file system). */
    public static MjModel fromXml(String xml) {
        return fromXml(xml, Map.of());
    }

    /**
     * Compiles an MJCF document held in memory together with the documents its
     * {@code <include file="..."/>} elements name, all placed in MuJoCo's virtual file system.
     *
     * @param xml      the main document
     * @param includes file name to document, for every file the main document includes
     */
    public static MjModel fromXml(String xml, Map<String, String> includes) {
        Mujoco.init();
        try (mjVFS vfs = new mjVFS()) {
            mj_defaultVFS(vfs);
            try {
                addFile(vfs, VFS_NAME, xml);
                includes.forEach((name, text) -> addFile(vfs, name, text));
                return load(VFS_NAME, vfs);
            } finally {
                mj_deleteVFS(vfs);
            }
        }
    }

    private static void addFile(mjVFS vfs, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (mj_makeEmptyFileVFS(vfs, name, bytes.length) != 0) {
            throw new MujocoException("Could not create the in-memory model file " + name);
        }
        new BytePointer(vfs.filedata(mj_findFileVFS(vfs, name))).capacity(bytes.length).put(bytes);
    }

    private static MjModel load(String name, mjVFS vfs) {
        Mujoco.init();
        byte[] error = new byte[ERROR_SIZE];
        mjModel m;
        synchronized (Mujoco.LOAD_LOCK) {
            try {
                m = mj_loadXML(name, vfs, error, ERROR_SIZE);
            } catch (RuntimeException e) {
                throw Mujoco.translate(e);
            }
        }
        if (m == null || m.isNull()) {
            String message = cString(error).strip();
            throw new MujocoException(message.isEmpty() ? "mj_loadXML failed without a message" : message);
        }
        return new MjModel(m);
    }

    /** The text before the first NUL of a C string buffer. */
    static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** The JavaCPP struct, for what this class does not wrap. Do not free it. */
    public mjModel raw() {
        checkOpen();
        return ptr;
    }

    /** Number of generalized coordinates, the length of {@code qpos}. */
    public int nq() {
        return raw().nq();
    }

    /** Number of degrees of freedom, the length of {@code qvel}. */
    public int nv() {
        return raw().nv();
    }

    /** Number of actuators, the length of {@code ctrl}. */
    public int nu() {
        return raw().nu();
    }

    /** Simulation timestep in seconds. */
    public double timestep() {
        return raw().opt().timestep();
    }

    /** True if the model integrates with 4th-order Runge-Kutta. */
    public boolean usesRungeKutta() {
        return raw().opt().integrator() == mjINT_RK4;
    }

    /** Id of the named object, or -1 if there is none. */
    public int id(MjObject kind, String name) {
        return mj_name2id(raw(), kind.code, name);
    }

    /** Name of an object, or null if it is unnamed or the id is out of range. */
    public String name(MjObject kind, int id) {
        BytePointer p = mj_id2name(raw(), kind.code, id);
        return p == null || p.isNull() ? null : p.getString();
    }

    /** Id of the named object; an {@link IllegalArgumentException} if there is none. */
    public int requireId(MjObject kind, String name) {
        int id = id(kind, name);
        if (id < 0) {
            throw new IllegalArgumentException("No " + kind.name().toLowerCase(Locale.ROOT) + " named '" + name + "'");
        }
        return id;
    }

    /** Start of the joint's coordinates in {@code qpos}. */
    public int jointQposAddress(String joint) {
        return raw().jnt_qposadr().get(requireId(MjObject.JOINT, joint));
    }

    /** Start of the joint's velocities in {@code qvel}. */
    public int jointDofAddress(String joint) {
        return raw().jnt_dofadr().get(requireId(MjObject.JOINT, joint));
    }

    /** The joint's range {@code [low, high]} (meaningful only for a limited joint). */
    public double[] jointRange(String joint) {
        return read(raw().jnt_range(), 2L * requireId(MjObject.JOINT, joint), 2);
    }

    /** The geom's three size parameters (a sphere's radius first). */
    public double[] geomSize(String geom) {
        return read(raw().geom_size(), 3L * requireId(MjObject.GEOM, geom), 3);
    }

    /** The site's three size parameters (a box's half-sizes). */
    public double[] siteSize(String site) {
        return read(raw().site_size(), 3L * requireId(MjObject.SITE, site), 3);
    }

    /** Control range {@code [low, high]} of actuator {@code i}, infinite if it is not limited. */
    public double[] controlRange(int actuator) {
        if (raw().actuator_ctrllimited().get(actuator) == 0) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        return read(raw().actuator_ctrlrange(), 2L * actuator, 2);
    }

    /** Start of the sensor's values in {@code sensordata}. */
    public int sensorAddress(String sensor) {
        return raw().sensor_adr().get(requireId(MjObject.SENSOR, sensor));
    }

    /** Number of values the sensor writes. */
    public int sensorDimension(String sensor) {
        return raw().sensor_dim().get(requireId(MjObject.SENSOR, sensor));
    }

    private static double[] read(DoublePointer array, long offset, int length) {
        double[] out = new double[length];
        array.position(offset).get(out);
        return out;
    }

    /** New simulation state for this model. */
    public MjData makeData() {
        return new MjData(this);
    }

    /** True once closed. */
    public boolean isClosed() {
        return closed;
    }

    void register(MjData data) {
        openData.add(data);
    }

    void unregister(MjData data) {
        openData.remove(data);
    }

    /** Frees the model and every {@link MjData} made from it; safe to call again. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<MjData> children;
        synchronized (openData) {
            children = new ArrayList<>(openData);
        }
        children.forEach(MjData::close);
        cleanable.clean();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("MjModel is closed");
        }
    }
}
