package ai.smiling4j.environments.mujoco.task;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.Renderer;
import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.MjData;
import ai.smiling4j.environments.mujoco.MjModel;
import ai.smiling4j.environments.mujoco.MjRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DeepMind-Control-style task on a MuJoCo model: what every MuJoCo task shares. A task supplies
 * its model (an MJCF resource next to its class), its initial state, its observation and its reward.
 *
 * <p>One control step writes the clipped action into {@code ctrl} and advances
 * {@code controlTimestep / timestep} physics steps the way DeepMind Control does, ending with
 * {@code mj_step1}, so positions, orientations and sensors match the new state when the task
 * observes it and computes its reward. Episodes are truncated after {@code spec().maxEpisodeSteps()}
 * steps, and terminated earlier only if the task says its state is {@link #failed() failed}.
 * {@link #reset(long)} restarts this environment's seed
 * stream from the given seed, so a seed fixes the episode it starts and every seedless
 * {@link #reset()} after it.
 *
 * <p>The physics state is {@code [time, step count, qpos, qvel, act, qacc_warmstart, mocap_pos,
 * mocap_quat]}: with the solver's warm start included, a restored state replays the same future
 * bit for bit. Reset and restore end with {@code mj_step1}, like a step, so that the next step
 * completes it the same way whichever way the state arose.
 *
 * <p>A model may split into several MJCF files: each {@code <include file="NAME"/>} of the model
 * resource names a resource next to the task's class or next to one of its superclasses.
 */
public abstract class MujocoTask implements Environment {
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file\\s*=\\s*[\"']([^\"']+)[\"']");
    private final EnvironmentSpec spec;
    private final MjModel model;
    private final MjData data;
    private final int subSteps;
    private final boolean rungeKutta;
    private final DoubleBuffer ctrl;
    private final DoubleBuffer[] stateParts;
    private final int stateSize;
    private SplittableRandom seeds;
    private int steps;
    private boolean running;

    /**
     * Compiles the task's model; MuJoCo's natives load here, not before.
     *
     * @param spec            the task's spec; its action size must be the model's number of actuators
     * @param modelResource   the MJCF file, a resource next to the subclass
     * @param controlTimestep simulated seconds per control step, a whole multiple of the model's timestep
     * @param seed            seeds the stream that seedless resets draw from
     * @throws ai.smiling4j.environments.mujoco.MujocoException if the model does not compile
     */
    protected MujocoTask(EnvironmentSpec spec, String modelResource, double controlTimestep, long seed) {
        this.spec = spec;
        String xml = readResource(modelResource);
        this.model = MjModel.fromXml(xml, includedResources(xml));
        try {
            this.data = model.makeData();
            this.subSteps = (int) Math.round(controlTimestep / model.timestep());
            if (subSteps < 1 || Math.abs(subSteps * model.timestep() - controlTimestep) > 1e-12) {
                throw new IllegalArgumentException(spec.name() + ": the control timestep " + controlTimestep
                        + " s is not a whole multiple of the model's timestep " + model.timestep() + " s");
            }
            this.rungeKutta = model.usesRungeKutta();
            if (model.nu() != spec.actionDim()) {
                throw new IllegalArgumentException(spec.name() + ": the model has " + model.nu()
                        + " actuators, the spec " + spec.actionDim() + " actions");
            }
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        this.ctrl = data.ctrl();
        this.stateParts = new DoubleBuffer[] {data.qpos(), data.qvel(), data.act(), data.qaccWarmstart(),
                data.mocapPos(), data.mocapQuat()};
        int size = 2;
        for (DoubleBuffer part : stateParts) {
            size += part.capacity();
        }
        this.stateSize = size;
        this.seeds = new SplittableRandom(seed);
    }

    /** The named resource next to this task's class or, failing that, next to its nearest superclass that has it. */
    private String readResource(String name) {
        for (Class<?> owner = getClass(); owner != MujocoTask.class; owner = owner.getSuperclass()) {
            try (InputStream in = owner.getResourceAsStream(name)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException(spec.name() + ": no model resource " + name + " next to " + getClass());
    }

    private Map<String, String> includedResources(String xml) {
        Map<String, String> files = new HashMap<>();
        Matcher include = INCLUDE.matcher(xml);
        while (include.find()) {
            files.put(include.group(1), readResource(include.group(1)));
        }
        return files;
    }

    /**
     * Sets the initial state of an episode into {@link #data()}, which has just been reset to the
     * model's reference pose; {@code mj_step1} follows.
     */
    protected abstract void initializeEpisode(SplittableRandom random);

    /** Writes the observation of the current state into {@code out}. */
    protected abstract void observe(float[] out);

    /** The reward, in [0, 1], of the current state and the controls that led to it. */
    protected abstract double reward();

    /** True if the current state ends the episode (a fall, say); never, unless a task says otherwise. */
    protected boolean failed() {
        return false;
    }

    /**
     * Copies {@code count} values of {@code from}, starting at {@code start}, into {@code out} at
     * {@code at}, for observations.
     *
     * @return the index in {@code out} after the last value copied
     */
    protected static int copy(DoubleBuffer from, int start, int count, float[] out, int at) {
        for (int i = 0; i < count; i++) {
            out[at + i] = (float) from.get(start + i);
        }
        return at + count;
    }

    /** The compiled model. */
    protected final MjModel model() {
        return model;
    }

    /** The simulation state. */
    protected final MjData data() {
        return data;
    }

    @Override
    public final EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public final float[] reset(long seed) {
        checkOpen();
        SplittableRandom random = new SplittableRandom(seed);
        seeds = random.split();
        data.reset();
        initializeEpisode(random);
        data.step1();
        steps = 0;
        running = true;
        return observation();
    }

    @Override
    public final float[] reset() {
        return reset(seeds.nextLong());
    }

    @Override
    public final StepResult step(float[] action) {
        checkOpen();
        if (!running) {
            throw new IllegalStateException(spec.name() + ": step() needs a running episode; call reset() first");
        }
        if (action.length != spec.actionDim()) {
            throw new IllegalArgumentException(spec.name() + ": the action has " + action.length
                    + " coordinates, not " + spec.actionDim());
        }
        for (int i = 0; i < action.length; i++) {
            if (Float.isNaN(action[i])) {
                throw new IllegalArgumentException(spec.name() + ": action coordinate " + i + " is NaN");
            }
            ctrl.put(i, Math.min(spec.actionSpace().high(i), Math.max(spec.actionSpace().low(i), action[i])));
        }
        advancePhysics();
        steps++;
        boolean terminated = failed();
        boolean truncated = !terminated && steps >= spec.maxEpisodeSteps();
        running = !terminated && !truncated;
        return new StepResult(observation(), reward(), terminated, truncated, Map.of());
    }

    /**
     * DeepMind Control's stepping: the step pending since the last {@code mj_step1} is completed
     * with {@code mj_step2}, then whole steps follow, then {@code mj_step1} for the new state. Runge-Kutta cannot be split, so it takes whole steps.
     */
    private void advancePhysics() {
        if (rungeKutta) {
            data.step(subSteps);
        } else {
            data.step2();
            data.step(subSteps - 1);
        }
        data.step1();
    }

    @Override
    public final double[] physicsState() {
        checkOpen();
        double[] state = new double[stateSize];
        state[0] = data.time();
        state[1] = steps;
        int offset = 2;
        for (DoubleBuffer part : stateParts) {
            part.get(0, state, offset, part.capacity());
            offset += part.capacity();
        }
        return state;
    }

    /** Restores a state; the episode runs on from there unless its time limit is reached. */
    @Override
    public final void restorePhysicsState(double[] state) {
        checkOpen();
        if (state.length != stateSize) {
            throw new IllegalArgumentException(spec.name() + ": a physics state has " + stateSize
                    + " values, not " + state.length);
        }
        double count = state[1];
        if (count != Math.rint(count) || count < 0 || count > spec.maxEpisodeSteps()) {
            throw new IllegalArgumentException(spec.name() + ": step count " + count + " lies outside an episode");
        }
        data.setTime(state[0]);
        int offset = 2;
        for (DoubleBuffer part : stateParts) {
            part.put(0, state, offset, part.capacity());
            offset += part.capacity();
        }
        data.step1();
        steps = (int) count;
        running = steps < spec.maxEpisodeSteps();
    }

    /**
     * MuJoCo's renderer on this task, through the model's camera named "video" (or its first
     * camera, or a free camera framing the model). Close it before the task.
     */
    @Override
    public final Renderer renderer(int width, int height) {
        checkOpen();
        return new MjRenderer(data, width, height, subSteps * model.timestep());
    }

    /** Frees the model and its state; idempotent. */
    @Override
    public final void close() {
        model.close();
    }

    /** The views into MuJoCo's memory must not be touched once it is freed. */
    private void checkOpen() {
        if (model.isClosed()) {
            throw new IllegalStateException(spec.name() + " is closed");
        }
    }

    private float[] observation() {
        float[] out = new float[spec.observationDim()];
        observe(out);
        return out;
    }
}
