package ai.smiling4j.api.plugin;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Requirements;

/**
 * Provides a divergence. The runner calls {@link #requirements} before any work starts and refuses
 * a setting that does not meet them; then {@link #create} once.
 */
public interface DivergenceProvider extends PluginProvider {

    /** What the divergence needs with these options (actions, a solver capability, ...). */
    Requirements requirements(Options options);

    /** The divergence, for the environment in {@link PluginContext#environment()}. */
    Divergence create(Options options, PluginContext context);
}
