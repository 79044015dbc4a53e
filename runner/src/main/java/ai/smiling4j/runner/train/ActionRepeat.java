package ai.smiling4j.runner.train;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.StepResult;

import java.util.Map;

/**
 * DeepMind Control's action repeat: each action of the agent is applied for {@code k} steps of
 * the task, whose rewards are summed, so an episode's return is the task's own. The agent sees an
 * episode of {@code ceil(T / k)} decisions; a repeat stops early where the episode ends.
 */
final class ActionRepeat implements Environment {
    private final Environment task;
    private final int repeat;
    private final EnvironmentSpec spec;

    ActionRepeat(Environment task, int repeat) {
        this.task = task;
        this.repeat = repeat;
        this.spec = spec(task.spec(), repeat);
    }

    /** The task as the agent sees it with {@code repeat}: fewer, longer steps of larger reward. */
    static EnvironmentSpec spec(EnvironmentSpec task, int repeat) {
        return new EnvironmentSpec(task.name(), task.observationSpace(), task.actionSpace(),
                (task.maxEpisodeSteps() + repeat - 1) / repeat, task.rewardMin() * repeat, task.rewardMax() * repeat);
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public float[] reset(long seed) {
        return task.reset(seed);
    }

    @Override
    public float[] reset() {
        return task.reset();
    }

    @Override
    public StepResult step(float[] action) {
        double reward = 0;
        StepResult last = null;
        for (int i = 0; i < repeat && (last == null || !last.done()); i++) {
            last = task.step(action);
            reward += last.reward();
        }
        return new StepResult(last.observation(), reward, last.terminated(), last.truncated(),
                last.info() == null ? Map.of() : last.info());
    }

    @Override
    public double[] physicsState() {
        return task.physicsState();
    }

    @Override
    public void restorePhysicsState(double[] state) {
        task.restorePhysicsState(state);
    }

    @Override
    public void close() {
        task.close();
    }
}
