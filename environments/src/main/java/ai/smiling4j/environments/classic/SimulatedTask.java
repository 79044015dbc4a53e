package ai.smiling4j.environments.classic;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.FrameFormat;
import ai.smiling4j.api.Renderer;
import ai.smiling4j.api.StepResult;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the pure-Java tasks share: seeding, the time limit, action checks and the physics-state
 * layout {@code [time, task state...]}. A task supplies its initial state, its dynamics with
 * reward, and its observation. Episodes are only ever truncated, never terminated.
 *
 * <p>{@link #reset(long)} restarts this environment's seed stream from the given seed, so a seed
 * fixes the episode it starts and every seedless {@link #reset()} after it.
 */
abstract class SimulatedTask implements Environment {
    static final int BACKGROUND = 0x1e2228;
    private final EnvironmentSpec spec;
    private final double controlDt;
    private final double[] low;
    private final double[] high;
    private final double[] action;
    private SplittableRandom seeds;
    private int steps;
    private boolean running;

    /**
     * @param spec      the task's spec
     * @param controlDt simulated seconds per step
     * @param seed      seeds the stream that seedless resets draw from
     */
    SimulatedTask(EnvironmentSpec spec, double controlDt, long seed) {
        this.spec = spec;
        this.controlDt = controlDt;
        int n = spec.actionDim();
        this.low = new double[n];
        this.high = new double[n];
        for (int i = 0; i < n; i++) {
            low[i] = spec.actionSpace().low(i);
            high[i] = spec.actionSpace().high(i);
        }
        this.action = new double[n];
        this.seeds = new SplittableRandom(seed);
    }

    /** Draws the initial state of an episode. */
    abstract void begin(SplittableRandom random);

    /** Advances the simulation by one control step with a clipped action; returns the reward. */
    abstract double advance(double[] action);

    /** Writes the current observation into {@code out}. */
    abstract void observe(float[] out);

    /** Number of doubles of task state (without time). */
    abstract int stateSize();

    /** Writes the task state into {@code out} from {@code offset}. */
    abstract void saveState(double[] out, int offset);

    /** Reads the task state from {@code in} from {@code offset}. */
    abstract void loadState(double[] in, int offset);

    @Override
    public final EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public final float[] reset(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        seeds = random.split();
        begin(random);
        steps = 0;
        running = true;
        return observation();
    }

    @Override
    public final float[] reset() {
        return reset(seeds.nextLong());
    }

    @Override
    public final StepResult step(float[] rawAction) {
        if (!running) {
            throw new IllegalStateException(spec.name() + ": step() needs a running episode; call reset() first");
        }
        if (rawAction.length != action.length) {
            throw new IllegalArgumentException(spec.name() + ": the action has " + rawAction.length
                    + " coordinates, not " + action.length);
        }
        for (int i = 0; i < action.length; i++) {
            if (Float.isNaN(rawAction[i])) {
                throw new IllegalArgumentException(spec.name() + ": action coordinate " + i + " is NaN");
            }
            action[i] = Math.min(high[i], Math.max(low[i], rawAction[i]));
        }
        double reward = advance(action);
        steps++;
        running = steps < spec.maxEpisodeSteps();
        return new StepResult(observation(), reward, false, !running, Map.of());
    }

    @Override
    public final double[] physicsState() {
        double[] state = new double[1 + stateSize()];
        state[0] = steps * controlDt;
        saveState(state, 1);
        return state;
    }

    /** Restores the time and task state; the episode runs on from there if its time limit is not reached. */
    @Override
    public final void restorePhysicsState(double[] state) {
        if (state.length != 1 + stateSize()) {
            throw new IllegalArgumentException(spec.name() + ": a physics state has " + (1 + stateSize())
                    + " values, not " + state.length);
        }
        long restoredSteps = Math.round(state[0] / controlDt);
        if (restoredSteps < 0 || restoredSteps > spec.maxEpisodeSteps()) {
            throw new IllegalArgumentException(spec.name() + ": time " + state[0] + " s lies outside an episode");
        }
        loadState(state, 1);
        steps = (int) restoredSteps;
        running = steps < spec.maxEpisodeSteps();
    }

    /** How much of the world a frame shows: metres above and below the origin, at its centre. */
    abstract double viewHalfHeight();

    /** Draws the current state onto a cleared frame. */
    abstract void draw(Sketch frame);

    /** A camera drawing this task in pure Java (see {@link Sketch}). */
    @Override
    public final Renderer renderer(int width, int height) {
        FrameFormat format = new FrameFormat(width, height, controlDt);
        return new Renderer() {
            @Override
            public FrameFormat format() {
                return format;
            }

            @Override
            public byte[] render() {
                Sketch frame = new Sketch(width, height, viewHalfHeight());
                frame.clear(BACKGROUND);
                draw(frame);
                return frame.pixels();
            }

            @Override
            public void close() {
                // nothing native to free
            }
        };
    }

    /** Holds no resources: nothing to free. */
    @Override
    public final void close() {
    }

    private float[] observation() {
        float[] out = new float[spec.observationDim()];
        observe(out);
        return out;
    }
}
