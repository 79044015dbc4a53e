package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.Options;

/**
 * The plugin a configuration slot names, with its validated options.
 *
 * @param name    the plugin's name
 * @param options every option of the plugin, defaults filled in
 */
public record PluginChoice(String name, Options options) {
}
