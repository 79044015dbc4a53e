package ai.smiling4j.api.plugin;

import ai.smiling4j.api.RLSolver;

import java.util.Set;

/**
 * Provides a reinforcement-learning solver. The runner compares {@link #capabilities} with the
 * divergence's requirements before any work starts, then calls {@link #create} once.
 */
public interface SolverProvider extends PluginProvider {

    /** The capability interfaces the solver will offer with these options (see {@link ai.smiling4j.api.RLSolver#capability}). */
    Set<Class<?>> capabilities(Options options);

    /** The solver, for the environment in {@link PluginContext#environment()}. */
    RLSolver create(Options options, PluginContext context);
}
