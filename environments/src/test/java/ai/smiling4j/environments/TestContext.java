package ai.smiling4j.environments;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.plugin.PluginContext;

import java.nio.file.Path;

/** A plugin context with only a seed, for creating environments in tests. */
public record TestContext(long seed) implements PluginContext {

    @Override
    public Path workDirectory() {
        throw new UnsupportedOperationException("environments need no work directory");
    }

    @Override
    public EnvironmentSpec environment() {
        throw new UnsupportedOperationException("an environment is not given its own spec");
    }

    @Override
    public ScoreModel newScoreModel(int dimension) {
        throw new UnsupportedOperationException("environments need no score model");
    }
}
