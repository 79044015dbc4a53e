package ai.smiling4j.divergences.dac;

import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.divergences.common.DiscriminatorDivergence;

/**
 * The options of DAC.
 *
 * @param common       the options every adversarial divergence shares
 * @param hidden       width of the hidden layer
 * @param activation   between the layers (identity: the paper's linear ablation)
 * @param learningRate AdamW's step size
 * @param weightDecay  AdamW's decoupled weight decay
 * @param penalty      weight lambda of the gradient penalty
 */
record DacSettings(DiscriminatorDivergence.Settings common, int hidden, Activation activation, double learningRate,
                   double weightDecay, double penalty) {

    static DacSettings from(Options o) {
        return new DacSettings(DiscriminatorDivergence.Settings.from(o), o.getInt("hidden"),
                Activation.fromConfig(o.getString("activation")), o.getDouble("learning-rate"),
                o.getDouble("weight-decay"), o.getDouble("gradient-penalty"));
    }
}
