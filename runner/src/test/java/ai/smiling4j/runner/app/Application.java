package ai.smiling4j.runner.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.concurrent.TimeUnit;

/** Launches the packaged application (target/app) in a child JVM on the module path, as the smiling script does. */
final class Application {
    static final Path APP = Path.of("target", "app").toAbsolutePath();
    private static final Path FIXTURES = Path.of("target", "test-classes").toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    private Application() {
    }

    /**
     * The java command up to (not including) the main module, with extra module-path entries and JVM flags. */
    static List<String> command(List<Path> extraModules, List<String> jvmFlags) {
        return command(APP.resolve("lib"), extraModules, jvmFlags);
    }

    /** The same with another folder of modules in place of the application's lib/. */
    static List<String> command(Path lib, List<Path> extraModules, List<String> jvmFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dai.djl.offline=true");
        cmd.add("-Dai.djl.pytorch.num_threads=1");
        cmd.addAll(jvmFlags);
        StringBuilder modulePath = new StringBuilder(lib.toString());
        extraModules.forEach(m -> modulePath.append(java.io.File.pathSeparator).append(m));
        cmd.addAll(List.of("-p", modulePath.toString(), "-cp", APP.resolve("cp").resolve("*").toString(),
                "--add-modules", "ALL-MODULE-PATH", "-m", "ai.smiling4j.runner/ai.smiling4j.runner.cli.Main"));
        return cmd;
    }

    /**
     * A plugins folder holding the runner's test fixtures as a jar that registers the linear
     * fixture solver: plain Java, so its runs repeat bit for bit in any process.
     */
    static Path fixtureSolverJar(Path folder) throws IOException {
        Path jar = Files.createDirectories(folder).resolve("fixture-solver.jar");
        try (java.io.OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             java.util.stream.Stream<Path> classes = Files.list(FIXTURES.resolve("ai/smiling4j/runner/fixtures"))) {
            for (Path c : classes.toList()) {
                out.putNextEntry(new JarEntry(FIXTURES.relativize(c).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/ai.smiling4j.api.plugin.SolverProvider"));
            out.write("ai.smiling4j.runner.fixtures.LinearFixtureSolverProvider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return folder;
    }

    /** A process builder for the application with the environment the smiling script sets. */
    static ProcessBuilder process(List<String> command, Path workDir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.environment().put("MKL_NUM_THREADS", "1");
        return builder;
    }

    /** Runs the application with the given arguments in {@code workDir}; waits at most {@code seconds}. */
    static Run run(Path workDir, List<String> command, long seconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("app", ".out");
        Path err = Files.createTempFile("app", ".err");
        try {
            Process p = process(cmd, workDir).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the application did not finish within " + seconds + " s: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
