/**
 * The contracts of smiling4j: environments, demonstrations, score models, divergences, solvers,
 * and the plugin SPI through which the runner discovers them with {@link java.util.ServiceLoader}.
 */
module ai.smiling4j.api {
    requires transitive ai.djl.api;

    exports ai.smiling4j.api;
    exports ai.smiling4j.api.data;
    exports ai.smiling4j.api.plugin;
    exports ai.smiling4j.api.nn;
    exports ai.smiling4j.api.bench;
    exports ai.smiling4j.api.policy;

    uses ai.smiling4j.api.plugin.EnvironmentProvider;
    uses ai.smiling4j.api.plugin.ScoreModelProvider;
    uses ai.smiling4j.api.plugin.DivergenceProvider;
    uses ai.smiling4j.api.plugin.SolverProvider;
    uses ai.smiling4j.api.bench.Benchmark;
}
