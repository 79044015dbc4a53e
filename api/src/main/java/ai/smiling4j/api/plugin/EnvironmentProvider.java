package ai.smiling4j.api.plugin;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;

/** Provides one task. The runner calls {@link #spec} to wire the other plugins, then {@link #create} per copy. */
public interface EnvironmentProvider extends PluginProvider {

    /** The task's spec for these options, without building the task. */
    EnvironmentSpec spec(Options options);

    /** A new, independent copy of the task. */
    Environment create(Options options, PluginContext context);
}
