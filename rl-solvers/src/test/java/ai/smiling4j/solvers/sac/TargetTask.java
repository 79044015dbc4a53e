package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.data.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-dimensional test task: the observation at step t is a fixed function of t, the reward is
 * {@code -|a - target|}, episodes are truncated after 20 steps. Stateless, so a run can be resumed
 * at any step.
 */
record TargetTask(float target) {
    static final Box ACTIONS = Box.uniform(1, -1, 1);

    EnvironmentSpec spec() {
        return TestContext.spec(1, ACTIONS);
    }

    static float[] observation(long t) {
        return new float[] {(float) Math.sin(0.37 * t)};
    }

    /** Runs steps {@code from} to {@code to - 1} of the act, observe, update loop; returns the actions taken. */
    List<float[]> run(RLSolver solver, long from, long to) {
        List<float[]> actions = new ArrayList<>();
        for (long t = from; t < to; t++) {
            float[] obs = observation(t);
            float[] a = solver.act(obs, false);
            actions.add(a);
            boolean truncated = (t + 1) % 20 == 0;
            solver.observe(new Transition(obs, a, -Math.abs(a[0] - target), observation(t + 1), false, truncated));
            solver.update(RewardFunction.taskReward());
        }
        return actions;
    }
}
