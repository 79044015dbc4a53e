package ai.smiling4j.api;

import ai.smiling4j.api.data.TransitionBatch;

/** Labels a batch of transitions with rewards: the task's own, or a divergence's. */
@FunctionalInterface
public interface RewardFunction {

    /** The reward of every transition of the batch. */
    float[] rewards(TransitionBatch batch);

    /** The rewards stored with the transitions (the task reward), for training experts. */
    static RewardFunction taskReward() {
        return TransitionBatch::rewards;
    }
}
