package ai.smiling4j.runner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the Python peer of the hot kernels (shared/peer/kernels.py, with Debian's python3-torch)
 * as a child process and reads its medians, so that a benchmark compares against it in one run.
 */
final class PythonPeer {
    private static final Logger LOG = LoggerFactory.getLogger(PythonPeer.class);
    private static final String PYTHON = "/usr/bin/python3";
    private final Path script;

    PythonPeer(Path script) {
        this.script = script;
    }

    /** shared/peer/kernels.py beside the checkout ($SMILING_PEER overrides), if present. */
    static Optional<PythonPeer> locate(Path home) {
        String env = System.getenv("SMILING_PEER");
        Path script = env != null && !env.isBlank() ? Path.of(env)
                : home.toAbsolutePath().normalize().resolveSibling("shared").resolve("peer").resolve("kernels.py");
        return Files.isRegularFile(script) ? Optional.of(new PythonPeer(script)) : Optional.empty();
    }

    Path script() {
        return script;
    }

    /** Median milliseconds per call of each kernel, or the reason it could not run. */
    Map<String, Double> medians(List<String> kernels, int threads, boolean quick) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("smiling4j-peer");
        List<String> cmd = new ArrayList<>(List.of(PYTHON, script.toString(), "--threads", Integer.toString(threads),
                "--only", String.join(",", kernels), "--no-mujoco", "--out", out.toString()));
        if (quick) {
            cmd.add("--quick");
        }
        LOG.info("running the Python peer: {}", String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(out.resolve("peer.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("the Python peer did not finish within 60 minutes");
        }
        if (p.exitValue() != 0) {
            List<String> log = Files.readAllLines(out.resolve("peer.log"));
            throw new IOException("the Python peer failed (exit " + p.exitValue() + "): "
                    + String.join(" | ", log.subList(Math.max(0, log.size() - 3), log.size())));
        }
        Path json;
        try (Stream<Path> files = Files.list(out)) {
            json = files.filter(f -> f.getFileName().toString().startsWith("results-")).findFirst()
                    .orElseThrow(() -> new IOException("the Python peer wrote no results file"));
        }
        JsonNode byKernel = new ObjectMapper().readTree(json.toFile()).path("by_threads")
                .path(Integer.toString(threads)).path("kernels");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String k : kernels) {
            JsonNode node = byKernel.path(k);
            if (!node.isMissingNode()) {
                double scale = node.path("unit").asText().equals("us") ? 1e-3 : 1;
                medians.put(k, node.path("median").asDouble() * scale);
            }
        }
        return medians;
    }
}
