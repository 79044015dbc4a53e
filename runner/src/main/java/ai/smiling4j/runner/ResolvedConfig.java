package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginKind;

import java.util.Map;

/**
 * A validated experiment: the runner's own sections and one plugin per slot that the file filled.
 *
 * @param source         where it came from, for messages
 * @param run            the {@code run} section
 * @param demonstrations the {@code demonstrations} section
 * @param plugins        plugin slot to its choice (slots the file left out are absent)
 */
public record ResolvedConfig(String source, Options run, Options demonstrations,
                             Map<PluginKind<?>, PluginChoice> plugins) {

    /** Copies the map. */
    public ResolvedConfig {
        plugins = Map.copyOf(plugins);
    }

    /**
     * The plugin of a slot that a command needs.
     *
     * @throws UserError if the file leaves that slot out
     */
    public PluginChoice plugin(PluginKind<?> kind, String command) {
        PluginChoice c = plugins.get(kind);
        if (c == null) {
            throw new UserError(source + " has no '" + kind.slot() + "' section, which " + command
                    + " needs (for example: " + kind.slot() + ": {name: ...})");
        }
        return c;
    }
}
