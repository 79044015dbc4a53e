package ai.smiling4j.api;

/**
 * What a solver and a divergence need to know about an environment before they see it.
 *
 * @param name             the task's plugin name
 * @param observationSpace bounds of an observation
 * @param actionSpace      bounds of an action (always finite)
 * @param maxEpisodeSteps  the time limit: an episode is truncated after this many steps
 * @param rewardMin        lowest possible reward of one step
 * @param rewardMax        highest possible reward of one step
 */
public record EnvironmentSpec(String name, Box observationSpace, Box actionSpace, int maxEpisodeSteps,
                              double rewardMin, double rewardMax) {

    /** Size of one observation. */
    public int observationDim() {
        return observationSpace.dimension();
    }

    /** Size of one action. */
    public int actionDim() {
        return actionSpace.dimension();
    }
}
