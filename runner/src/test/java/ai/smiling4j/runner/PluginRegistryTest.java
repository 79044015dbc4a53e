package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.PluginKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginRegistryTest {

    /** A jar holding only a services file that registers {@code provider} for {@code service}. */
    static Path servicesJar(Path dir, String name, String service, String provider) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/" + service));
            out.write((provider + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void findsProvidersOfEveryKindByName() {
        PluginRegistry registry = PluginRegistry.discover(null);
        assertEquals("fixture-env", registry.provider(PluginKind.ENVIRONMENT, "fixture-env").name());
        assertEquals("fixture-divergence", registry.provider(PluginKind.DIVERGENCE, "fixture-divergence").name());
        assertTrue(registry.allNames().contains("fixture-solver"));
    }

    @Test
    void unknownNameListsTheKnownOnesAndSuggests() {
        PluginRegistry registry = PluginRegistry.discover(null);
        UserError e = assertThrows(UserError.class, () -> registry.provider(PluginKind.DIVERGENCE, "fixture-divergense"));
        assertTrue(e.getMessage().startsWith("unknown divergence 'fixture-divergense'; did you mean 'fixture-divergence'?"),
                e.getMessage());
        assertTrue(e.getMessage().contains("known: "), e.getMessage());
    }

    @Test
    void twoPluginsWithOneNameAreAnErrorNamingBoth(@TempDir Path dir) throws IOException {
        servicesJar(dir, "dup.jar", "ai.smiling4j.api.plugin.EnvironmentProvider",
                "ai.smiling4j.runner.fixtures.DuplicateEnvironmentProvider");
        UserError e = assertThrows(UserError.class, () -> PluginRegistry.discover(dir));
        assertTrue(e.getMessage().contains("two environment plugins are named 'fixture-env'"), e.getMessage());
        assertTrue(e.getMessage().contains("FixtureEnvironmentProvider"), e.getMessage());
        assertTrue(e.getMessage().contains("DuplicateEnvironmentProvider"), e.getMessage());
    }

    @Test
    void brokenPluginJarIsOneSentence(@TempDir Path dir) throws IOException {
        servicesJar(dir, "broken.jar", "ai.smiling4j.api.plugin.DivergenceProvider", "com.example.Missing");
        UserError e = assertThrows(UserError.class, () -> PluginRegistry.discover(dir));
        assertTrue(e.getMessage().startsWith("a divergence plugin could not be loaded (plugins folder " + dir),
                e.getMessage());
        assertTrue(e.getMessage().contains("com.example.Missing"), e.getMessage());
    }

    @Test
    void missingPluginsFolderIsFine(@TempDir Path dir) {
        PluginRegistry registry = PluginRegistry.discover(dir.resolve("absent"));
        assertEquals(1, registry.providers(PluginKind.SOLVER).stream()
                .filter(p -> p.name().equals("fixture-solver")).count());
    }
}
