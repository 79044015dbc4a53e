package ai.smiling4j.divergences.smiling;

import ai.smiling4j.api.DiffusionSampler;
import ai.smiling4j.api.plugin.Options;

/**
 * The options of the SMILING divergence.
 *
 * @param stateAction    compare [state, action] pairs instead of states
 * @param updateEvery    environment steps between two refits of the learner score model
 * @param learnerSamples samples drawn (with replacement) from the buffer for one refit (one epoch)
 * @param buffer         learner samples remembered (FIFO)
 * @param batchSize      minibatch of score-model training
 * @param expertEpochs   epochs over the demonstrations to fit the expert score model
 * @param samples        K, (t, eps) pairs per state in the reward
 * @param stride         spacing of the t grid
 * @param stratified     stratified t instead of independent
 * @param antithetic     antithetic noise pairs
 * @param resample       when fresh (t, eps) pairs are drawn
 * @param normalize      normalize rewards per batch
 * @param targetStd      the normalized rewards' standard deviation
 */
record SmilingSettings(boolean stateAction, int updateEvery, int learnerSamples, int buffer, int batchSize,
                       int expertEpochs, int samples, int stride, boolean stratified, boolean antithetic,
                       Resample resample, boolean normalize, double targetStd) {

    /** When the estimator draws new (t, eps) pairs. */
    enum Resample {
        /** One shared set per learner-model version; rewards of replayed transitions are cached. */
        PER_UPDATE,
        /** A fresh shared set for every batch. */
        PER_BATCH,
        /** Fresh independent pairs for every state of every batch (the reference's estimator). */
        PER_STATE;

        static Resample fromConfig(String word) {
            return valueOf(word.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    static SmilingSettings from(Options o) {
        return new SmilingSettings(o.getString("input").equals("state-action"), o.getInt("update-every"),
                o.getInt("learner-samples"), o.getInt("buffer"), o.getInt("batch-size"), o.getInt("expert-epochs"),
                o.getInt("reward-samples"), o.getInt("t-stride"), o.getString("t-sampling").equals("stratified"),
                o.getBoolean("antithetic"), Resample.fromConfig(o.getString("resample")), o.getBoolean("normalize"),
                o.getDouble("target-std"));
    }

    DiffusionSampler sampler(int steps) {
        return new DiffusionSampler(samples, steps, Math.min(stride, steps), stratified, antithetic);
    }
}
