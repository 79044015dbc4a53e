package ai.smiling4j.api.plugin;

/**
 * What every plugin provider tells the runner before anything is built. Providers are found with
 * {@link java.util.ServiceLoader} through the kind's own interface ({@link EnvironmentProvider},
 * {@link ScoreModelProvider}, {@link DivergenceProvider}, {@link SolverProvider}): declare yours
 * with {@code provides} in module-info and in {@code META-INF/services}. A provider must have a
 * public no-argument constructor and be cheap to create: the runner creates every provider to
 * list them, so load engines and natives in {@code create}, never in the constructor.
 */
public interface PluginProvider {

    /** The unique name users write in configuration files (kebab-case, e.g. {@code smiling}). */
    String name();

    /** One line for {@code plugins list}. */
    String description();

    /** The typed options a configuration slot may set; the runner validates against it. */
    OptionSchema options();
}
