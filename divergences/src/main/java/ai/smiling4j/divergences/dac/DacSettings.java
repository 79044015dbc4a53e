package ai.smiling4j.divergences.dac;

import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.divergences.common.Input;

/**
 * The options of DAC.
 *
 * @param input           what the discriminator sees
 * @param updateEvery     environment steps between discriminator updates
 * @param pairs           learner and expert samples drawn per update (one pass)
 * @param buffer          learner samples remembered (FIFO)
 * @param batchSize       pairs per minibatch
 * @param hidden          width of the hidden layer
 * @param activation      between the layers (identity: the paper's linear ablation)
 * @param learningRate    AdamW's step size
 * @param weightDecay     AdamW's decoupled weight decay
 * @param penalty         weight lambda of the gradient penalty
 * @param normalize       normalize rewards per batch
 * @param targetStd       the normalized rewards' standard deviation
 */
record DacSettings(Input input, int updateEvery, int pairs, int buffer, int batchSize, int hidden,
                   Activation activation, double learningRate, double weightDecay, double penalty,
                   boolean normalize, double targetStd) {

    static DacSettings from(Options o) {
        return new DacSettings(Input.fromConfig(o.getString("input")), o.getInt("update-every"), o.getInt("pairs"),
                o.getInt("buffer"), o.getInt("batch-size"), o.getInt("hidden"),
                Activation.fromConfig(o.getString("activation")), o.getDouble("learning-rate"),
                o.getDouble("weight-decay"), o.getDouble("gradient-penalty"), o.getBoolean("normalize"),
                o.getDouble("target-std"));
    }
}
