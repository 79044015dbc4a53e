package ai.smiling4j.runner.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example in examples/third-party-divergence, compiled here against the api jar alone, is
 * found by the unchanged application from a plugins/ folder and from the module path; and
 * listing plugins loads no engine or native library.
 */
class ThirdPartyPluginIT {
    private static final Path EXAMPLE = Path.of("..", "examples", "third-party-divergence").toAbsolutePath().normalize();
    @TempDir
    static Path work;
    static Path jar;

    @BeforeAll
    static void buildExampleJar() throws IOException {
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        String modulePath;
        try (Stream<Path> libs = Files.list(Application.APP.resolve("lib"))) {
            // the api jar and what it requires transitively (DJL's api), nothing of smiling4j's plugins or runner
            modulePath = String.join(java.io.File.pathSeparator, libs.map(Path::toString)
                    .filter(p -> p.contains("smiling4j-api") || p.matches(".*/api-[0-9.]+\\.jar")).toList());
        }
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-p", modulePath, "-Xlint:-requires-automatic"));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the example does not compile");
        jar = work.resolve("plugins").resolve("mmd-divergence.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            add(out, classes, classes);
            add(out, EXAMPLE.resolve("src/main/resources"), EXAMPLE.resolve("src/main/resources"));
        }
    }

    private static void add(JarOutputStream out, Path root, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
    }

    @Test
    void foundInThePluginsFolder() throws Exception {
        var run = Application.run(work, Application.command(List.of(), List.of()), 120, "plugins", "list");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("mmd "), run.out());
        var describe = Application.run(work, Application.command(List.of(), List.of()), 120, "plugins", "describe", "mmd");
        assertEquals(0, describe.code(), describe.err());
        assertTrue(describe.out().contains("bandwidth"), describe.out());
        assertTrue(describe.out().contains("actions in demonstrations: no"), describe.out());
    }

    @Test
    void foundOnTheModulePath() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        var run = Application.run(elsewhere, Application.command(List.of(jar), List.of()), 120, "plugins", "list");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("mmd "), run.out());
    }

    @Test
    void foundOnTheClassPathBesideTheModulePath() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("classpath"));
        List<String> cmd = new ArrayList<>(Application.command(List.of(), List.of()));
        int cp = cmd.indexOf("-cp");
        cmd.set(cp + 1, cmd.get(cp + 1) + java.io.File.pathSeparator + jar);
        var run = Application.run(elsewhere, cmd, 120, "plugins", "list");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("mmd "), run.out());
    }

    @Test
    void listingPluginsLoadsNoEngine() throws Exception {
        var run = Application.run(work, Application.command(List.of(), List.of("-Xlog:class+load=info")), 120,
                "plugins", "list");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("ai.smiling4j.runner.PluginRegistry"), "class loading was not logged");
        for (String engine : List.of("ai.djl.pytorch.engine.PtEngine", "ai.djl.onnxruntime", "org.tensorflow", "org.bytedeco")) {
            assertFalse(run.out().contains(engine), engine + " was loaded by 'plugins list'");
        }
    }
}
