package ai.smiling4j.runner.report;

import ai.smiling4j.runner.UserError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A finished run as a report groups it, read from its folder without any plugin.
 *
 * @param folder                the run folder
 * @param environment           the environment's name (config.yaml)
 * @param method                the run's label if it has one, else the divergence's name, or
 *                              "expert (SOLVER)" for a run without one
 * @param series                the metric, step to value (metrics.csv)
 * @param demonstrationReturn   the demonstrations' mean return, for an imitation run (results.json)
 */
record FinishedRun(Path folder, String environment, String method, TreeMap<Long, Double> series,
                   OptionalDouble demonstrationReturn) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a run folder that holds results.json. */
    static FinishedRun read(Path folder, String metric) {
        Path config = folder.resolve("config.yaml");
        if (!Files.exists(config)) {
            throw new UserError("run folder " + folder + " has results.json but no config.yaml");
        }
        try {
            JsonNode c = YAML.readTree(config.toFile());
            JsonNode results = JSON.readTree(folder.resolve("results.json").toFile());
            String label = c.path("run").path("label").asText("");
            String method = !label.isBlank() ? label : c.has("divergence") ? c.path("divergence").path("name").asText()
                    : "expert (" + c.path("solver").path("name").asText() + ")";
            TreeMap<Long, Double> series = MetricsLog.series(folder, metric);
            if (series.isEmpty()) {
                throw new UserError("run folder " + folder + " has no " + metric + " values in its metrics.csv");
            }
            JsonNode demos = results.path("demonstration_return");
            return new FinishedRun(folder, c.path("environment").path("name").asText(), method, series,
                    demos.isNumber() ? OptionalDouble.of(demos.asDouble()) : OptionalDouble.empty());
        } catch (IOException e) {
            throw new UserError("cannot read the run folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The metric's last value. */
    double last() {
        return series.lastEntry().getValue();
    }
}
