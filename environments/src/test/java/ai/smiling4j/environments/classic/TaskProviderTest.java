package ai.smiling4j.environments.classic;


import ai.smiling4j.api.Environment;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.InvalidOptionException;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.environments.TestContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TaskProviderTest {

    private static Map<String, EnvironmentProvider> discovered() {
        Map<String, EnvironmentProvider> byName = new TreeMap<>();
        ServiceLoader.load(EnvironmentProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.getClass().getPackage() == TaskProviderTest.class.getPackage())
                .forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    @Test
    void serviceLoaderFindsBothPureJavaTasks() {
        Map<String, EnvironmentProvider> providers = discovered();
        assertEquals(Set.of("java-pendulum-swingup", "java-point-mass"), providers.keySet());
    }

    @Test
    void theAdvertisedSpecIsTheCreatedTasksSpec() {
        for (EnvironmentProvider provider : discovered().values()) {
            for (Map<String, ?> raw : List.of(Map.<String, Object>of(), Map.of("max-steps", 250))) {
                Options options = provider.options().resolve(raw);
                try (Environment env = provider.create(options, new TestContext(3))) {
                    assertEquals(provider.spec(options), env.spec());
                    assertEquals(raw.isEmpty() ? 1000 : 250, env.spec().maxEpisodeSteps());
                    assertEquals(provider.name(), env.spec().name());
                }
            }
        }
    }

    @Test
    void theContextSeedDrivesSeedlessResets() {
        for (EnvironmentProvider provider : discovered().values()) {
            Options options = provider.options().resolve(Map.of());
            try (Environment a = provider.create(options, new TestContext(5));
                 Environment b = provider.create(options, new TestContext(5))) {
                assertArrayEquals(a.reset(), b.reset());
            }
        }
    }

    @Test
    void badEpisodeLengthsAreRejected() {
        for (EnvironmentProvider provider : discovered().values()) {
            assertThrows(InvalidOptionException.class, () -> provider.options().resolve(Map.of("max-steps", 0)));
            assertThrows(InvalidOptionException.class, () -> provider.options().resolve(Map.of("max-step", 10)));
        }
    }
}
