package ai.smiling4j.environments.vector;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.StepResult;

import java.util.Map;

/**
 * A task whose observation says where it is: {@code [reset seed, episode, step, last action]}.
 * Its episodes last {@code length} steps and end terminated or truncated; it remembers the thread
 * that stepped it last and whether it was closed.
 */
final class ScriptedEnvironment implements Environment {
    static final EnvironmentSpec SPEC = new EnvironmentSpec("scripted", Box.unbounded(4), Box.uniform(1, -1, 1), 1000, 0, 1000);

    private final int length;
    private final boolean terminates;
    private long seed;
    private int episode;
    private int step;
    private boolean running;
    private Thread lastThread;
    private boolean closed;

    ScriptedEnvironment(int length, boolean terminates) {
        this.length = length;
        this.terminates = terminates;
    }

    @Override
    public EnvironmentSpec spec() {
        return SPEC;
    }

    @Override
    public float[] reset(long seed) {
        this.seed = seed;
        episode = 0;
        step = 0;
        running = true;
        return new float[]{seed, episode, step, 0};
    }

    @Override
    public float[] reset() {
        episode++;
        step = 0;
        running = true;
        return new float[]{seed, episode, step, 0};
    }

    @Override
    public StepResult step(float[] action) {
        if (!running) {
            throw new IllegalStateException("not running");
        }
        lastThread = Thread.currentThread();
        step++;
        running = step < length;
        return new StepResult(new float[]{seed, episode, step, action[0]}, step, !running && terminates,
                !running && !terminates, Map.of());
    }

    Thread lastThread() {
        return lastThread;
    }

    boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
