package ai.smiling4j.runner.cli;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.runner.UserError;

import java.nio.file.Path;

/** The context of a plugin created outside an experiment (a task checked on its own). */
record StandaloneContext(long seed, EnvironmentSpec environment) implements PluginContext {

    @Override
    public Path workDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Override
    public ScoreModel newScoreModel(int dimension) {
        throw new UserError("score models are available inside an experiment only");
    }
}
