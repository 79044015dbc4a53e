package ai.smiling4j.api.plugin;

import ai.smiling4j.api.ScoreModel;

/** Provides diffusion score models; divergences ask for them through {@link PluginContext#newScoreModel}. */
public interface ScoreModelProvider extends PluginProvider {

    /**
     * A freshly initialized model.
     *
     * @param dimension the size of one sample (chosen by the divergence: a state, or a state-action pair)
     */
    ScoreModel create(Options options, int dimension, PluginContext context);
}
