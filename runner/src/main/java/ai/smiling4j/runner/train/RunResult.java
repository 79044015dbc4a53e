package ai.smiling4j.runner.train;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.report.MetricsLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run produced: its folder, and for a finished run the summary written to results.json.
 *
 * @param folder   the run folder
 * @param finished false if the run was interrupted
 * @param summary  results.json's content (empty for an interrupted run)
 */
public record RunResult(Path folder, boolean finished, Map<String, Object> summary) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static RunResult interrupted(Path folder, long step) {
        return new RunResult(folder, false, Map.of("step", step));
    }

    static RunResult finished(Path folder, Experiment experiment, LoopState state, Demonstrations demos) {
        TreeMap<Long, Double> returns = MetricsLog.series(folder, "eval/return");
        TreeMap<Long, Double> stds = MetricsLog.series(folder, "eval/return_std");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run", experiment.config().run().getString("name"));
        s.put("seed", experiment.seed());
        experiment.config().plugins().forEach((kind, choice) -> s.put(kind.slot(), choice.name()));
        s.put("steps", state.step());
        s.put("episodes", state.episode());
        s.put("seconds", Math.round(state.seconds() * 10) / 10.0);
        if (!returns.isEmpty()) {
            s.put("final_return", returns.lastEntry().getValue());
            s.put("final_return_std", stds.getOrDefault(returns.lastKey(), 0.0));
            s.put("best_return", returns.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }
        if (demos != null) {
            s.put("demonstration_episodes", demos.episodes().size());
            s.put("demonstration_return", demos.meanReturn());
        }
        List<Map<String, Object>> evaluations = new ArrayList<>();
        returns.forEach((step, value) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("step", step);
            e.put("return", value);
            e.put("return_std", stds.getOrDefault(step, 0.0));
            evaluations.add(e);
        });
        s.put("evaluations", evaluations);
        return new RunResult(folder, true, s);
    }

    /** The result a finished run wrote to its folder's results.json. */
    @SuppressWarnings("unchecked")
    public static RunResult read(Path folder) {
        Path file = folder.resolve(RunFolder.RESULTS);
        try {
            return new RunResult(folder, true, JSON.readValue(file.toFile(), LinkedHashMap.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The final evaluation's mean return, or NaN. */
    public double finalReturn() {
        Object v = summary.get("final_return");
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(summary) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
