package ai.smiling4j.runner.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Launches the packaged application (target/app) in a child JVM on the module path, as the smiling script does. */
final class Application {
    static final Path APP = Path.of("target", "app").toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    private Application() {
    }

    /**
     * The java command up to (not including) the main module, with extra module-path entries and JVM flags. */
    static List<String> command(List<Path> extraModules, List<String> jvmFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dai.djl.offline=true");
        cmd.add("-Dai.djl.pytorch.num_threads=1");
        cmd.addAll(jvmFlags);
        StringBuilder modulePath = new StringBuilder(APP.resolve("lib").toString());
        extraModules.forEach(m -> modulePath.append(java.io.File.pathSeparator).append(m));
        cmd.addAll(List.of("-p", modulePath.toString(), "-cp", APP.resolve("cp").resolve("*").toString(),
                "--add-modules", "ALL-MODULE-PATH", "-m", "ai.smiling4j.runner/ai.smiling4j.runner.cli.Main"));
        return cmd;
    }

    /** Runs the application with the given arguments in {@code workDir}; waits at most {@code seconds}. */
    static Run run(Path workDir, List<String> command, long seconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("app", ".out");
        Path err = Files.createTempFile("app", ".err");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the application did not finish within " + seconds + " s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
