package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;

import java.nio.file.Path;
import java.util.Map;

/** A plugin context for tests: a seed and an environment spec, nothing else. */
record TestContext(long seed, EnvironmentSpec environment) implements PluginContext {

    static EnvironmentSpec spec(int obsDim, Box actions) {
        return new EnvironmentSpec("test", Box.unbounded(obsDim), actions, 1000, -1, 1);
    }

    static Options options(Map<String, ?> raw) {
        return SacSettings.SCHEMA.resolve(raw);
    }

    @Override
    public Path workDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Override
    public ScoreModel newScoreModel(int dimension) {
        throw new UnsupportedOperationException("no score models in solver tests");
    }
}
