package ai.smiling4j.environments.shared;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;

import java.util.function.IntFunction;

/**
 * The provider of one task, whose only option is its episode length; a subclass names the task,
 * its spec and its constructor. Listing providers and reading specs build nothing (a MuJoCo task
 * loads its natives when the first copy is created). Every copy draws its seedless resets from
 * the run's seed until it is reset with a seed of its own.
 */
public abstract class TaskProvider implements EnvironmentProvider {
    private static final String MAX_STEPS = "max-steps";
    private static final OptionSchema OPTIONS = OptionSchema.of(OptionSpec.integer(MAX_STEPS, 1000, 1, 10_000_000,
            "episode length: an episode is truncated after this many steps"));

    /** Builds a task from the seed of its reset stream and its episode length. */
    public interface Factory {
        /** A new copy of the task. */
        Environment create(long seed, int maxSteps);
    }

    private final String name;
    private final String description;
    private final IntFunction<EnvironmentSpec> spec;
    private final Factory factory;

    /**
     * @param name        the plugin name ({@code domain-task}, as DeepMind Control names its tasks)
     * @param description one line for {@code plugins list}
     * @param spec        the task's spec for an episode length, computed without building the task
     * @param factory     builds a copy
     */
    protected TaskProvider(String name, String description, IntFunction<EnvironmentSpec> spec, Factory factory) {
        this.name = name;
        this.description = description;
        this.spec = spec;
        this.factory = factory;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final OptionSchema options() {
        return OPTIONS;
    }

    @Override
    public final EnvironmentSpec spec(Options options) {
        return spec.apply(options.getInt(MAX_STEPS));
    }

    @Override
    public final Environment create(Options options, PluginContext context) {
        return factory.create(context.seed(), options.getInt(MAX_STEPS));
    }
}
