/**
 * The smiling command: reads experiment files, finds every plugin through ServiceLoader (on the
 * module path, the class path and in a plugins/ folder) and wires them through the api only.
 */
module ai.smiling4j.runner {
    requires ai.smiling4j.api;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.slf4j;
    requires java.desktop;
    requires java.management;
    requires io.jhdf;
    // TensorFlow Java: only ai.smiling4j.runner.export.tensorflow uses it, for export --format savedmodel
    requires static tensorflow;

    opens ai.smiling4j.runner.cli to info.picocli;

    uses ai.smiling4j.api.plugin.EnvironmentProvider;
    uses ai.smiling4j.api.plugin.ScoreModelProvider;
    uses ai.smiling4j.api.plugin.DivergenceProvider;
    uses ai.smiling4j.api.plugin.SolverProvider;
    uses ai.smiling4j.api.bench.Benchmark;
}
