package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.PluginKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentConfigTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(null);
    private static final String GOOD = """
            run: {name: test, seed: 3, steps: 2e5}
            environment: {name: fixture-env, max-steps: 500}
            divergence: {name: fixture-divergence, reward-samples: 100}
            solver: {name: fixture-solver, preset: small, hidden: [256, 256]}
            """;

    private static ExperimentConfig parse(String yaml) throws IOException {
        return ExperimentConfig.parse("exp.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String error(String yaml, String... overrides) {
        return assertThrows(UserError.class, () -> parse(yaml).withOverrides(List.of(overrides)).resolve(REGISTRY))
                .getMessage();
    }

    @Test
    void resolvesTypedValuesAndDefaults() throws IOException {
        ResolvedConfig c = parse(GOOD).resolve(REGISTRY);
        assertEquals(200_000, c.run().getLong("steps"));
        assertEquals(3, c.run().getInt("seed"));
        assertEquals(10_000, c.run().getInt("eval-every"));
        assertEquals(500, c.plugin(PluginKind.ENVIRONMENT, "test").options().getInt("max-steps"));
        assertEquals(1.0, c.plugin(PluginKind.DIVERGENCE, "test").options().getDouble("scale"));
        assertEquals(5, c.demonstrations().getInt("episodes"));
    }

    @Test
    void everyMistakeIsOneSentenceNamingFileKeyAndValue() {
        String unknown = error(GOOD.replace("name: fixture-divergence", "name: smilling"));
        assertTrue(unknown.startsWith("exp.yaml: divergence.name: unknown divergence 'smilling'; "), unknown);
        assertTrue(unknown.contains("fixture-divergence"), unknown);
        assertEquals("exp.yaml: in divergence 'fixture-divergence': 'reward-samplez' is not an option here;"
                        + " did you mean 'reward-samples'?; valid keys: reward-samples, scale, input, soft-q",
                error(GOOD.replace("reward-samples:", "reward-samplez:")));
        assertEquals("exp.yaml: in run: 'seed' is 'zero', but it must be an integer",
                error(GOOD.replace("seed: 3", "seed: zero")));
        assertEquals("exp.yaml: in divergence 'fixture-divergence': 'reward-samples' is 0, but it must be from 1 to 100000",
                error(GOOD.replace("reward-samples: 100", "reward-samples: 0")));
        assertEquals("exp.yaml: 'solvr' is not a section; did you mean 'solver'?; valid sections: run, demonstrations,"
                        + " environment, score-model, divergence, solver",
                error(GOOD.replace("solver:", "solvr:")));
        assertEquals("exp.yaml line 1 is not valid YAML: " ,
                error("run: {name: [}\n").replaceAll("YAML: .*", "YAML: "));
        String unnamed = error(GOOD.replace("name: fixture-solver, ", ""));
        assertTrue(unnamed.startsWith("exp.yaml: section 'solver' must name its plugin with 'name'; known: "), unnamed);
        assertTrue(unnamed.contains("fixture-solver"), unnamed);
    }

    @Test
    void overridesApplyAndChangingAPluginDropsItsFileOptions() throws IOException {
        ResolvedConfig c = parse(GOOD).withOverrides(List.of("run.seed=7", "environment.max-steps=10")).resolve(REGISTRY);
        assertEquals(7, c.run().getInt("seed"));
        assertEquals(10, c.plugin(PluginKind.ENVIRONMENT, "t").options().getInt("max-steps"));
        ResolvedConfig renamed = parse(GOOD).withOverrides(List.of("run.name=other")).resolve(REGISTRY);
        assertEquals(c.run().getLong("steps"), renamed.run().getLong("steps"), "naming the run keeps its other keys");
        assertEquals("--set run.seed is not of the form slot.key=value (e.g. --set divergence.name=dac)",
                error(GOOD, "run.seed"));
        assertEquals("exp.yaml with --set overrides: in solver 'fixture-solver': 'preset' is 'huge', but it must be"
                + " one of paper, small", error(GOOD, "solver.preset=huge"));
    }

    @Test
    void resolvedConfigReadsBackToTheSameValues(@TempDir Path dir) throws IOException {
        ResolvedConfig first = parse(GOOD).resolve(REGISTRY);
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, ExperimentConfig.toYaml(first));
        ResolvedConfig second = ExperimentConfig.load(file).resolve(REGISTRY);
        assertEquals(first.run().values(), second.run().values());
        for (PluginKind<?> kind : PluginKind.all()) {
            assertEquals(first.plugins().containsKey(kind), second.plugins().containsKey(kind));
            if (first.plugins().containsKey(kind)) {
                assertEquals(first.plugins().get(kind).name(), second.plugins().get(kind).name());
                assertEquals(first.plugins().get(kind).options().values(), second.plugins().get(kind).options().values());
            }
        }
        assertEquals(first.demonstrations().values(), second.demonstrations().values());
    }

    @Test
    void missingFileIsOneSentence(@TempDir Path dir) {
        assertEquals("config file " + dir.resolve("none.yaml") + " does not exist",
                assertThrows(UserError.class, () -> ExperimentConfig.load(dir.resolve("none.yaml"))).getMessage());
    }
}
