package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.plugin.InvalidOptionException;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.ScoreModelProvider;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderTest {
    private final DdpmMlpProvider provider = new DdpmMlpProvider();

    @Test
    void serviceLoaderFindsIt() {
        assertTrue(ServiceLoader.load(ScoreModelProvider.class).stream()
                .anyMatch(p -> p.type() == DdpmMlpProvider.class));
    }

    @Test
    void defaultsAreTheReferenceNumbers() {
        Options o = provider.options().resolve(Map.of());
        assertEquals(256, o.getInt("width"));
        assertEquals(1, o.getInt("depth"));
        assertEquals("leaky-relu", o.getString("activation"));
        assertEquals(5000, o.getInt("steps"));
        assertEquals(1e-4, o.getDouble("beta-start"));
        assertEquals(0.02, o.getDouble("beta-end"));
        assertEquals(0.005, o.getDouble("lr"));
        assertEquals(0.01, o.getDouble("weight-decay"));
        assertEquals(1024, o.getInt("batch-size"));
        DdpmSettings s = DdpmSettings.from(o, 0);
        assertEquals(0.02, s.schedule().beta(4999), 1e-12);
        assertEquals(DdpmSettings.Estimator.FACTORED, s.estimator());
    }

    @Test
    void linearMeansIdentityEverywhere() {
        DdpmSettings s = DdpmSettings.from(provider.options().resolve(Map.of("activation", "linear")), 0);
        assertSame(ai.smiling4j.api.nn.Activation.IDENTITY, s.activation());
        assertEquals("cosine", provider.options().resolve(Map.of("schedule", "cosine")).getString("schedule"));
    }

    @Test
    void badOptionsFailWithTheKey() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("activation", "gelu"),
                Map.of("width", 0), Map.of("steps", "many"), Map.of("hidden", 3), Map.of("schedule", "quadratic"))) {
            InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> provider.options().resolve(bad));
            assertTrue(bad.containsKey(e.key()), e.getMessage());
        }
        Options reversed = provider.options().resolve(Map.of("beta-start", 0.1, "beta-end", 0.01));
        assertEquals("beta-end", assertThrows(InvalidOptionException.class, () -> DdpmSettings.from(reversed, 0)).key());
    }

    /** A fresh JVM lists the provider and resolves its options without loading the engine. */
    @Test
    void listingTheProviderLoadsNoEngine() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                ListProvider.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("listed ddpm-mlp"), out);
        assertFalse(out.contains("ai.djl.engine.Engine "), "the engine class was loaded");
        assertFalse(out.contains("ai.djl.pytorch"), "the PyTorch engine was loaded");
        assertFalse(out.contains("ai.djl.ndarray.NDManager "), "NDManager was loaded");
    }

    /** What the child JVM of {@link #listingTheProviderLoadsNoEngine} runs. */
    static final class ListProvider {
        public static void main(String[] args) {
            for (ScoreModelProvider p : ServiceLoader.load(ScoreModelProvider.class)) {
                p.options().resolve(Map.of("width", 8));
                System.out.println("listed " + p.name() + ": " + p.description());
            }
        }
    }
}
