package ai.smiling4j.api.data;

/**
 * One environment step as a solver or a divergence sees it.
 *
 * @param observation     the observation the action was taken in
 * @param action          the action, in the environment's bounds
 * @param reward          the task reward (only experts and evaluation use it)
 * @param nextObservation the observation after the step (the final one if the episode ended)
 * @param terminated      the episode reached a terminal state: do not bootstrap
 * @param truncated       the episode was cut by a time limit: bootstrap
 */
public record Transition(float[] observation, float[] action, double reward, float[] nextObservation,
                         boolean terminated, boolean truncated) {
}
