package ai.smiling4j.api.plugin;

import java.util.List;

/**
 * The kinds of plugins, each with its configuration slot and its provider interface.
 *
 * @param slot     the configuration slot naming a plugin of this kind ({@code divergence})
 * @param label    how the kind reads in sentences ("divergence", "score model")
 * @param provider the interface providers of this kind implement
 * @param <P>      that interface
 */
public record PluginKind<P extends PluginProvider>(String slot, String label, Class<P> provider) {

    /** Tasks: {@code environment}. */
    public static final PluginKind<EnvironmentProvider> ENVIRONMENT =
            new PluginKind<>("environment", "environment", EnvironmentProvider.class);
    /** Diffusion score models: {@code score-model}. */
    public static final PluginKind<ScoreModelProvider> SCORE_MODEL =
            new PluginKind<>("score-model", "score model", ScoreModelProvider.class);
    /** Divergences: {@code divergence}. */
    public static final PluginKind<DivergenceProvider> DIVERGENCE =
            new PluginKind<>("divergence", "divergence", DivergenceProvider.class);
    /** Solvers: {@code solver}. */
    public static final PluginKind<SolverProvider> SOLVER =
            new PluginKind<>("solver", "solver", SolverProvider.class);

    /** Every kind, in configuration order. */
    public static List<PluginKind<?>> all() {
        return List.of(ENVIRONMENT, SCORE_MODEL, DIVERGENCE, SOLVER);
    }
}
