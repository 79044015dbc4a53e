package ai.smiling4j.solvers.bench;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.plugin.PluginContext;

import java.nio.file.Path;

/**
 * What the solver benchmarks give a solver: seed 0, an environment spec and a work folder.
 *
 * @param environment   the spec the solver is built for
 * @param workDirectory where the solver may write files
 */
record BenchContext(EnvironmentSpec environment, Path workDirectory) implements PluginContext {
    @Override
    public long seed() {
        return 0;
    }

    @Override
    public ScoreModel newScoreModel(int dimension) {
        throw new UnsupportedOperationException("the benchmark needs no score model");
    }
}
