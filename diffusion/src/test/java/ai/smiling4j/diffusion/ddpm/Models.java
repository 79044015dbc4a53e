package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.plugin.PluginContext;

import java.nio.file.Path;
import java.util.Map;

/** Builds test models through the provider, as the runner would. */
final class Models {
    private Models() {
    }

    static DdpmMlpModel create(int dimension, long seed, Map<String, ?> options) {
        DdpmMlpProvider provider = new DdpmMlpProvider();
        return (DdpmMlpModel) provider.create(provider.options().resolve(options), dimension, context(seed));
    }

    static PluginContext context(long seed) {
        return new PluginContext() {
            @Override
            public long seed() {
                return seed;
            }

            @Override
            public Path workDirectory() {
                throw new UnsupportedOperationException();
            }

            @Override
            public EnvironmentSpec environment() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ScoreModel newScoreModel(int dimension) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
