package ai.smiling4j.environments.mujoco.task;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;

/**
 * The provider of one MuJoCo task, whose only option is its episode length. Listing providers and
 * reading specs touch no native code: MuJoCo loads when {@link #create} builds the first task.
 * Every copy draws its seedless resets from the run's seed until it is reset with a seed of its own.
 */
public abstract class MujocoTaskProvider implements EnvironmentProvider {
    private static final String MAX_STEPS = "max-steps";
    private static final OptionSchema OPTIONS = OptionSchema.of(OptionSpec.integer(MAX_STEPS, 1000, 1, 10_000_000,
            "episode length: an episode is truncated after this many steps"));

    private final String name;
    private final String description;

    /**
     * @param name        the plugin name, as DeepMind Control names the task ({@code domain-task})
     * @param description one line for {@code plugins list}
     */
    protected MujocoTaskProvider(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The task's spec for an episode length, computed without MuJoCo. */
    protected abstract EnvironmentSpec spec(int maxSteps);

    /** A new copy of the task with the seed of its reset stream and its episode length. */
    protected abstract Environment create(long seed, int maxSteps);

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
        return spec(options.getInt(MAX_STEPS));
    }

    @Override
    public final Environment create(Options options, PluginContext context) {
        return create(context.seed(), options.getInt(MAX_STEPS));
    }
}
