package ai.smiling4j.api;

import ai.djl.ndarray.NDArray;
import ai.smiling4j.api.data.TransitionBatch;

/** A critic loss that replaces a solver's temporal-difference loss (inverse soft-Q learning). */
@FunctionalInterface
public interface CriticObjective {

    /**
     * The scalar loss to minimize for one critic update.
     *
     * @param critic  the solver's soft Q-function
     * @param learner a batch of the learner's own transitions from the solver's replay
     */
    NDArray loss(SoftQ critic, TransitionBatch learner);
}
