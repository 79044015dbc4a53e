package ai.smiling4j.runner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stand-in for the checkout's smiling script, for commands that start child runs with it
 * (register it with {@code @RegisterExtension}): for each test, a script in a folder of its own
 * that starts {@link Main} in a child JVM on this test's class path (where the fixture plugins
 * are), named by the smiling.home property during the test.
 */
final class SmilingScriptStandIn implements BeforeEachCallback, AfterEachCallback {
    private Path home;
    private String previousHome;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("smiling-home");
        Path script = home.resolve("smiling");
        // the stand-in notes whether the real script would have rebuilt (see noBuildFlags)
        Files.writeString(script, "#!/bin/sh\necho \"${SMILING_NO_BUILD:-}\" >> \"$(dirname \"$0\")/no-build\"\n"
                + "exec '%s' -cp '%s' %s \"$@\"\n".formatted(
                Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.class.path"), Main.class.getName()));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        previousHome = System.setProperty("smiling.home", home.toString());
    }

    /** The SMILING_NO_BUILD value of every start of the script so far, in order. */
    List<String> noBuildFlags() throws IOException {
        Path log = home.resolve("no-build");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (previousHome == null) {
            System.clearProperty("smiling.home");
        } else {
            System.setProperty("smiling.home", previousHome);
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
