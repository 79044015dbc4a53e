package ai.smiling4j.api;

import java.util.Map;

/**
 * The outcome of one {@link Environment#step}, with Gymnasium's semantics.
 *
 * @param observation the new observation
 * @param reward      the task reward of this step
 * @param terminated  the episode reached a terminal state (the value of what follows is zero)
 * @param truncated   the episode was cut by the time limit (the value of what follows is not zero)
 * @param info        task-specific diagnostics (never needed for learning)
 */
public record StepResult(float[] observation, double reward, boolean terminated, boolean truncated,
                         Map<String, Double> info) {

    /** True if the episode is over, for either reason. */
    public boolean done() {
        return terminated || truncated;
    }
}
