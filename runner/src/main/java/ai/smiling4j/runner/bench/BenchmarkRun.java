package ai.smiling4j.runner.bench;

import ai.smiling4j.api.bench.Benchmark;
import ai.smiling4j.api.bench.BenchmarkContext;
import ai.smiling4j.api.bench.Measurement;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one benchmark and reports it: a printed table and bench/results/NAME.json, where every
 * comparison has a key ending in {@code ratio} (higher means better for smiling4j), next to
 * both raw figures, the machine's load and the benchmark's notes.
 */
public final class BenchmarkRun {
    private final Benchmark benchmark;
    private final boolean quick;
    private final int threads;
    private final Path home;
    private final Map<String, Object> notes = new LinkedHashMap<>();

    /**
     * @param home the checkout (the peer is looked up beside it)
     */
    public BenchmarkRun(Benchmark benchmark, boolean quick, int threads, Path home) {
        this.benchmark = benchmark;
        this.quick = quick;
        this.threads = threads;
        this.home = home;
    }

    /** Runs, prints and writes the results; returns the JSON file. */
    public Path run(PrintWriter out, Path resultsDirectory) throws Exception {
        double loadBefore = load();
        List<Measurement> measurements = benchmark.run(new Context());
        double loadAfter = load();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", benchmark.name());
        json.put("description", benchmark.description());
        json.put("date", OffsetDateTime.now().toString());
        json.put("quick", quick);
        json.put("threads", threads);
        json.put("cpus", Runtime.getRuntime().availableProcessors());
        json.put("load_average_before", loadBefore);
        json.put("load_average_after", loadAfter);
        out.printf(Locale.ROOT, "%-34s %14s %14s %-8s %9s  %s%n", "measurement", "smiling4j", "baseline", "unit", "ratio", "baseline is");
        Map<String, Object> results = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            out.printf(Locale.ROOT, "%-34s %14.4g %14.4g %-8s %9.2f  %s%n", m.name(), m.ours(), m.baseline(), m.unit(),
                    m.ratio(), m.baselineName());
            results.put(m.name(), m.ours());
            results.put(m.name() + "_baseline", Double.isFinite(m.baseline()) ? m.baseline() : null);
            results.put(m.name() + "_unit", m.unit());
            results.put(m.name() + "_baseline_is", m.baselineName());
            results.put(m.name() + "_ratio", Double.isFinite(m.ratio()) ? m.ratio() : null);
        }
        json.put("results", results);
        json.put("notes", notes);
        notes.forEach((k, v) -> out.printf(Locale.ROOT, "note: %s = %s%n", k, v));
        Files.createDirectories(resultsDirectory);
        Path file = resultsDirectory.resolve(benchmark.name() + ".json");
        Path tmp = Files.createTempFile(resultsDirectory, benchmark.name(), ".tmp");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), json);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("wrote " + file);
        return file;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private final class Context implements BenchmarkContext {
        @Override
        public boolean quick() {
            return quick;
        }

        @Override
        public int threads() {
            return threads;
        }

        @Override
        public Optional<Map<String, Double>> peerMillis(List<String> kernels) {
            Optional<PythonPeer> peer = PythonPeer.locate(home);
            if (peer.isEmpty()) {
                note("peer", "not found beside the checkout (shared/peer/kernels.py); set SMILING_PEER");
                return Optional.empty();
            }
            try {
                Map<String, Double> medians = peer.get().medians(kernels, threads, quick);
                note("peer", peer.get().script() + (quick ? " --quick" : "") + " --threads " + threads);
                return Optional.of(medians);
            } catch (IOException e) {
                note("peer", "could not run: " + e.getMessage());
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public void note(String key, Object value) {
            notes.put(key, value);
        }
    }
}
