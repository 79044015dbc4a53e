package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.PluginRegistry;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --plugins} folder option, shared by every command that needs the registry. */
final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "folder of extra plugin jars (default: $SMILING_PLUGINS, else ./plugins)")
    Path folder;

    /** Discovers every plugin, including the jars of the plugins folder. */
    PluginRegistry registry() {
        return PluginRegistry.discover(folder());
    }

    private Path folder() {
        if (folder != null) {
            return folder;
        }
        String env = System.getenv("SMILING_PLUGINS");
        return Path.of(env == null || env.isBlank() ? "plugins" : env);
    }
}
