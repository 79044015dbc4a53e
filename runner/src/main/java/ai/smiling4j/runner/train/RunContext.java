package ai.smiling4j.runner.train;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.api.plugin.ScoreModelProvider;
import ai.smiling4j.runner.PluginChoice;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.ResolvedConfig;

import java.nio.file.Path;

/** What the runner hands every plugin it creates for one run. */
record RunContext(long seed, Path workDirectory, EnvironmentSpec environment, PluginRegistry registry,
                  ResolvedConfig config) implements PluginContext {

    @Override
    public ScoreModel newScoreModel(int dimension) {
        PluginChoice choice = config.plugin(PluginKind.SCORE_MODEL, "this divergence");
        ScoreModelProvider provider = registry.provider(PluginKind.SCORE_MODEL, choice.name());
        return provider.create(choice.options(), dimension, this);
    }
}
