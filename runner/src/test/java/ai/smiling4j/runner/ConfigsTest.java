package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.runner.train.Experiment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every ready experiment file in configs/ resolves against the installed plugins, and its divergence fits its demonstrations and solver. */
class ConfigsTest {
    private static final Path CONFIGS = Path.of("..", "configs");
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(null);

    @TestFactory
    Stream<DynamicTest> everyConfigResolves() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CONFIGS)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no configs found in " + CONFIGS.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(CONFIGS.relativize(file).toString(), () -> {
            ResolvedConfig config = ExperimentConfig.load(file).resolve(REGISTRY);
            String task = config.plugin(PluginKind.ENVIRONMENT, "test").name();
            assertTrue(file.getParent().getFileName().toString().equals(task), file + " is not in its task's folder");
            assertTrue(config.run().getString("name").startsWith(task + "-"), file + ": run.name should start with the task");
            if (config.plugins().containsKey(PluginKind.DIVERGENCE)) {
                new Experiment(config, REGISTRY, "imitate").checkRequirements(config.demonstrations().getBoolean("use-actions"));
                assertEquals("demos/" + task + "-expert.hdf5", config.demonstrations().getString("path"));
            }
        }));
    }
}
