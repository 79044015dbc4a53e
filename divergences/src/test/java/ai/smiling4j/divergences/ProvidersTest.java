package ai.smiling4j.divergences;

import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.divergences.dac.DacProvider;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProvidersTest {
    private static final Set<String> NAMES = Set.of("smiling", "dac", "bc", "iq-learn", "diffail");

    @Test
    void serviceLoaderFindsEveryDivergenceAndEachResolvesItsDefaults() {
        List<DivergenceProvider> found = ServiceLoader.load(DivergenceProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(NAMES, found.stream().map(DivergenceProvider::name).collect(Collectors.toSet()));
        for (DivergenceProvider p : found) {
            p.requirements(p.options().resolve(java.util.Map.of()));
        }
    }

    @Test
    void moduleInfoProvidesTheSameClassesAsTheServiceFile() throws Exception {
        ModuleDescriptor module;
        Set<String> listed;
        // this module's own descriptor, not the first module-info on the class path
        Path classes = Path.of(DacProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (FileSystem jar = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes)) {
            Path root = jar == null ? classes : jar.getPath("/");
            try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
                module = ModuleDescriptor.read(in);
            }
            listed = new TreeSet<>(Files.readAllLines(root.resolve("META-INF/services/" + DivergenceProvider.class.getName()))
                    .stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
        Set<String> provided = new TreeSet<>(module.provides().stream()
                .filter(p -> p.service().equals(DivergenceProvider.class.getName()))
                .flatMap(p -> p.providers().stream()).toList());
        assertEquals(provided, listed);
        assertEquals(NAMES.size(), listed.size());
    }
}
