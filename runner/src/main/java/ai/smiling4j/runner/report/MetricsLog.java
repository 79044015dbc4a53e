package ai.smiling4j.runner.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's metrics: metrics.csv in long form (step, metric, value: any diagnostics a plugin
 * reports), and the same scalars as TensorBoard events under tensorboard/. Rows are flushed as
 * they are written, so a killed run loses nothing before its last checkpoint; a resumed run
 * first drops the rows written after that checkpoint.
 */
public final class MetricsLog implements AutoCloseable {
    static final String HEADER = "step,metric,value";
    private final BufferedWriter csv;
    private final TensorBoardWriter tensorBoard;

    private MetricsLog(BufferedWriter csv, TensorBoardWriter tensorBoard) {
        this.csv = csv;
        this.tensorBoard = tensorBoard;
    }

    /**
     * Opens the log of a run folder, keeping only rows up to {@code keepUpToStep} of an earlier sitting.
     */
    public static MetricsLog open(Path runFolder, long keepUpToStep) {
        Path file = runFolder.resolve("metrics.csv");
        try {
            List<String> kept = new ArrayList<>();
            kept.add(HEADER);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.equals(HEADER) && !line.isBlank() && Long.parseLong(line.substring(0, line.indexOf(','))) <= keepUpToStep) {
                        kept.add(line);
                    }
                }
            }
            Files.write(file, kept, StandardCharsets.UTF_8);
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new MetricsLog(writer, new TensorBoardWriter(runFolder.resolve("tensorboard")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** Records metrics at a step (sorted by name, so files compare line by line). */
    public void record(long step, Map<String, Double> values) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, Double> sorted = new TreeMap<>(values);
        try {
            for (Map.Entry<String, Double> e : sorted.entrySet()) {
                csv.write(step + "," + e.getKey() + "," + String.format(Locale.ROOT, "%.9g", e.getValue()));
                csv.newLine();
            }
            csv.flush();
            tensorBoard.scalars(step, sorted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write metrics", e);
        }
    }

    /** Reads one metric's series from a run folder's metrics.csv: step to value. */
    public static TreeMap<Long, Double> series(Path runFolder, String metric) {
        TreeMap<Long, Double> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(runFolder.resolve("metrics.csv"), StandardCharsets.UTF_8)) {
                String[] parts = line.split(",");
                if (parts.length == 3 && parts[1].equals(metric)) {
                    out.put(Long.parseLong(parts[0]), Double.parseDouble(parts[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read metrics of " + runFolder, e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            csv.close();
            tensorBoard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
