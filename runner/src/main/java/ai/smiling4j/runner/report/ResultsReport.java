package ai.smiling4j.runner.report;

import ai.smiling4j.runner.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Many finished runs compared: grouped by environment and method, a metric aggregated over seeds.
 * Writes one learning-curve PNG per environment (a curve and a band of one standard deviation
 * per method, at the steps all of a method's runs share, and the demonstrations' return as a
 * reference line), and results.md and results.csv: the final value of the metric (each run's
 * last), mean and standard deviation over seeds, per environment and method.
 */
public final class ResultsReport {
    private final String metric;
    private final Map<String, Map<String, List<FinishedRun>>> runs;

    private ResultsReport(String metric, Map<String, Map<String, List<FinishedRun>>> runs) {
        this.metric = metric;
        this.runs = runs;
    }

    /** One line of the results table. */
    record Row(String environment, String method, int seeds, double finalMean, double finalStd) {
    }

    /**
     * Finds the run folders (those with results.json) in and under the given folders.
     *
     * @throws UserError if a folder is missing or holds no finished run
     */
    public static ResultsReport collect(List<Path> roots, String metric) {
        Map<String, Map<String, List<FinishedRun>>> runs = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new UserError(root + " is not a folder");
            }
            for (Path folder : runFolders(root)) {
                FinishedRun run = FinishedRun.read(folder, metric);
                runs.computeIfAbsent(run.environment(), e -> new TreeMap<>())
                        .computeIfAbsent(run.method(), m -> new ArrayList<>()).add(run);
            }
        }
        if (runs.isEmpty()) {
            throw new UserError("no finished runs (folders with results.json) in " + String.join(", ",
                    roots.stream().map(Path::toString).toList()));
        }
        return new ResultsReport(metric, runs);
    }

    /** The final value per environment and method. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        runs.forEach((environment, methods) -> methods.forEach((method, group) -> {
            double[] last = group.stream().mapToDouble(FinishedRun::last).toArray();
            rows.add(new Row(environment, method, group.size(), SeedAggregate.mean(last), SeedAggregate.std(last)));
        }));
        return rows;
    }

    /** The curves of one environment: method to its aggregate over seeds. */
    Map<String, SeedAggregate> curves(String environment) {
        Map<String, SeedAggregate> curves = new TreeMap<>();
        runs.get(environment).forEach((method, group) ->
                curves.put(method, SeedAggregate.of(group.stream().map(FinishedRun::series).toList())));
        return curves;
    }

    /** Writes the plots, results.md and results.csv into {@code out}; returns the files written. */
    public List<Path> write(Path out) {
        List<Path> written = new ArrayList<>();
        for (String environment : runs.keySet()) {
            LinePlot plot = new LinePlot(environment, "environment steps", metric);
            curves(environment).forEach((method, a) -> {
                if (a.steps().length > 0) {
                    plot.add(a.series(method));
                }
            });
            OptionalDouble demonstrations = runs.get(environment).values().stream().flatMap(List::stream)
                    .map(FinishedRun::demonstrationReturn).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).average();
            demonstrations.ifPresent(d -> plot.add(new LinePlot.Reference("demonstrations", d)));
            Path png = out.resolve(environment.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            plot.write(png);
            written.add(png);
        }
        written.add(writeText(out.resolve("results.md"), markdown()));
        written.add(writeText(out.resolve("results.csv"), csv()));
        return written;
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Results\n\nFinal " + metric
                + " (each run's last value): mean ± standard deviation over seeds.\n\n"
                + "| environment | method | seeds | final " + metric + " |\n|---|---|---:|---:|\n");
        for (Row r : rows()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f ± %.1f |%n", r.environment(), r.method(), r.seeds(),
                    r.finalMean(), r.finalStd()));
        }
        return md.toString();
    }

    private String csv() {
        StringBuilder csv = new StringBuilder("environment,method,seeds,final_mean,final_std\n");
        for (Row r : rows()) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%d,%.6f,%.6f%n", csvField(r.environment()), csvField(r.method()),
                    r.seeds(), r.finalMean(), r.finalStd()));
        }
        return csv.toString();
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The folders holding results.json in and under {@code root}, sorted. */
    static List<Path> runFolders(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().equals("results.json") && Files.isRegularFile(f))
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + root, e);
        }
    }

    static Path writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
