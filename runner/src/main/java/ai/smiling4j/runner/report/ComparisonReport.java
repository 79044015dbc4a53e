package ai.smiling4j.runner.report;

import ai.smiling4j.api.data.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Imitation methods compared per task against the expert whose demonstrations they learned from:
 * each method's final return (each run's last evaluation) as a fraction of the expert's return,
 * mean and standard deviation over seeds. Writes results.md (the tables and each task's order of
 * methods), results.json (every run's own results.json with its method and fraction) and one
 * learning-curve PNG per task, with the expert's return as a reference line.
 */
public final class ComparisonReport {
    private static final String METRIC = "eval/return";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The expert of one task.
     *
     * @param expertReturn          the expert policy's mean return on the task reward
     * @param expertStd             its standard deviation over episodes
     * @param demonstrationReturn   the mean return of the demonstrations collected from it
     * @param demonstrationEpisodes how many episodes the demonstrations file holds
     */
    public record Expert(double expertReturn, double expertStd, double demonstrationReturn, int demonstrationEpisodes) {
    }

    /** One task: its expert and the folder holding its imitation runs. */
    public record Task(String name, Expert expert, Path runs) {
    }

    private record Run(FinishedRun run, ObjectNode results) {
        double fraction(Expert expert) {
            return run.last() / expert.expertReturn();
        }
    }

    private final String title;
    private final List<Task> tasks;
    private final Map<String, Map<String, List<Run>>> runs = new LinkedHashMap<>();
    private final List<String> methods;

    private ComparisonReport(String title, List<Task> tasks, List<String> order) {
        this.title = title;
        this.tasks = List.copyOf(tasks);
        Set<String> seen = new TreeSet<>();
        for (Task task : tasks) {
            Map<String, List<Run>> byMethod = new TreeMap<>();
            for (Path folder : ResultsReport.runFolders(task.runs())) {
                FinishedRun run = FinishedRun.read(folder, METRIC);
                byMethod.computeIfAbsent(run.method(), m -> new ArrayList<>()).add(new Run(run, readResults(folder)));
                seen.add(run.method());
            }
            runs.put(task.name(), byMethod);
        }
        Set<String> columns = new LinkedHashSet<>();
        order.stream().filter(seen::contains).forEach(columns::add);
        columns.addAll(seen);
        this.methods = List.copyOf(columns);
    }

    /**
     * Reads the finished runs of every task (a task without any yet shows empty cells).
     *
     * @param order the methods' columns, in this order first (others follow by name)
     */
    public static ComparisonReport collect(String title, List<Task> tasks, List<String> order) {
        return new ComparisonReport(title, tasks, order);
    }

    /** The number of finished runs found. */
    public int finishedRuns() {
        return runs.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum();
    }

    /** Writes results.md, results.json and the PNGs into {@code out}; returns the files written. */
    public List<Path> write(Path out) {
        List<Path> written = new ArrayList<>();
        try {
            for (Task task : tasks) {
                Map<String, List<Run>> byMethod = runs.get(task.name());
                if (byMethod.isEmpty()) {
                    continue;
                }
                LinePlot plot = new LinePlot(task.name() + ": " + title, "environment steps", "episode return");
                plot.add(new LinePlot.Reference("expert", task.expert().expertReturn()));
                for (String method : methods) {
                    List<Run> group = byMethod.get(method);
                    if (group != null) {
                        SeedAggregate curve = SeedAggregate.of(group.stream().map(r -> r.run().series()).toList());
                        if (curve.steps().length == 1) {
                            // evaluated once (an offline method such as bc): a level, not a curve
                            plot.add(new LinePlot.Reference(method + " (one evaluation, mean of "
                                    + curve.seeds() + ")", curve.mean()[0]));
                        } else if (curve.steps().length > 1) {
                            plot.add(curve.series(method));
                        }
                    }
                }
                Path png = out.resolve(task.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
                plot.write(png);
                written.add(png);
            }
            Path md = out.resolve("results.md");
            AtomicFiles.writeText(md, markdown());
            written.add(md);
            Path json = out.resolve("results.json");
            AtomicFiles.writeText(json, JSON.writeValueAsString(json()));
            written.add(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison into " + out, e);
        }
        return written;
    }

    /** Mean and standard deviation over seeds of each run's final return divided by the expert's. */
    double[] fraction(String task, String method) {
        Expert expert = expert(task);
        return overSeeds(task, method, r -> r.fraction(expert));
    }

    private double[] finalReturn(String task, String method) {
        return overSeeds(task, method, r -> r.run().last());
    }

    /** Mean, standard deviation and count of a value of each run of a method, or null without runs. */
    private double[] overSeeds(String task, String method, java.util.function.ToDoubleFunction<Run> value) {
        List<Run> group = runs.get(task).get(method);
        if (group == null) {
            return null;
        }
        double[] values = group.stream().mapToDouble(value).toArray();
        return new double[] {SeedAggregate.mean(values), SeedAggregate.std(values), values.length};
    }

    private Expert expert(String task) {
        return tasks.stream().filter(t -> t.name().equals(task)).findFirst().orElseThrow().expert();
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        md.append("Final return (each run's last deterministic evaluation on the task reward) as a percentage of the"
                + " expert's return: mean ± standard deviation over seeds, the number of seeds in brackets."
                + " Written by `./smiling reproduce`.\n\n");
        table(md, "expert return", (task, method) -> {
            double[] f = fraction(task, method);
            return f == null ? "-" : String.format(Locale.ROOT, "%.0f%% ± %.0f%% (%d)", 100 * f[0], 100 * f[1], (int) f[2]);
        }, task -> String.format(Locale.ROOT, "%.1f", expert(task).expertReturn()));
        md.append("\n## Final return\n\n");
        table(md, "demonstrations", (task, method) -> {
            double[] r = finalReturn(task, method);
            return r == null ? "-" : String.format(Locale.ROOT, "%.1f ± %.1f", r[0], r[1]);
        }, task -> String.format(Locale.ROOT, "%.1f (%d episodes)", expert(task).demonstrationReturn(),
                expert(task).demonstrationEpisodes()));
        md.append("\n## Order of methods by mean final return\n\n");
        for (Task task : tasks) {
            List<String> ranked = new ArrayList<>(runs.get(task.name()).keySet());
            if (ranked.isEmpty()) {
                continue;
            }
            ranked.sort(Comparator.comparingDouble((String m) -> fraction(task.name(), m)[0]).reversed());
            md.append("- ").append(task.name()).append(": ");
            md.append(String.join(" > ", ranked.stream().map(m -> String.format(Locale.ROOT, "%s (%.0f%%)", m,
                    100 * fraction(task.name(), m)[0])).toList())).append('\n');
        }
        return md.toString();
    }

    private interface Cell {
        String text(String task, String method);
    }

    private void table(StringBuilder md, String firstColumn, Cell cell, java.util.function.Function<String, String> first) {
        md.append("| task | ").append(firstColumn).append(" | ").append(String.join(" | ", methods)).append(" |\n");
        md.append("|---|---:|").append("---:|".repeat(methods.size())).append('\n');
        for (Task task : tasks) {
            md.append("| ").append(task.name()).append(" | ").append(first.apply(task.name())).append(" | ");
            md.append(String.join(" | ", methods.stream().map(m -> cell.text(task.name(), m)).toList())).append(" |\n");
        }
    }

    private ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        ObjectNode byTask = root.putObject("tasks");
        for (Task task : tasks) {
            ObjectNode t = byTask.putObject(task.name());
            ObjectNode expert = t.putObject("expert");
            expert.put("return", task.expert().expertReturn());
            expert.put("return_std", task.expert().expertStd());
            expert.put("demonstration_return", task.expert().demonstrationReturn());
            expert.put("demonstration_episodes", task.expert().demonstrationEpisodes());
            ObjectNode summary = t.putObject("methods");
            ArrayNode all = t.putArray("runs");
            runs.get(task.name()).forEach((method, group) -> {
                double[] f = fraction(task.name(), method);
                ObjectNode m = summary.putObject(method);
                m.put("seeds", group.size());
                m.put("fraction_mean", f[0]);
                m.put("fraction_std", f[1]);
                for (Run run : group) {
                    ObjectNode r = run.results().deepCopy();
                    r.put("method", method);
                    r.put("folder", run.run().folder().toString());
                    r.put("fraction_of_expert", run.fraction(task.expert()));
                    all.add(r);
                }
            });
        }
        return root;
    }

    private static ObjectNode readResults(Path folder) {
        try {
            return (ObjectNode) JSON.readTree(folder.resolve("results.json").toFile());
        } catch (IOException | ClassCastException e) {
            throw new ai.smiling4j.runner.UserError("cannot read " + folder.resolve("results.json") + ": " + e.getMessage());
        }
    }
}
