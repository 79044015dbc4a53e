package ai.smiling4j.runner.train;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.api.plugin.SolverProvider;
import ai.smiling4j.runner.PluginChoice;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.ResolvedConfig;
import ai.smiling4j.runner.UserError;

import java.nio.file.Path;
import java.util.List;

/**
 * One resolved experiment and the plugins it names: builds environments, the solver and the
 * divergence through the api, after checking that they fit together.
 */
public final class Experiment {
    private final ResolvedConfig config;
    private final PluginRegistry registry;
    private final String command;

    /**
     * @param command the subcommand, for messages about a missing slot
     */
    public Experiment(ResolvedConfig config, PluginRegistry registry, String command) {
        this.config = config;
        this.registry = registry;
        this.command = command;
    }

    /** The configuration. */
    public ResolvedConfig config() {
        return config;
    }

    /** The run's seed. */
    public long seed() {
        return config.run().getLong("seed");
    }

    /** The environment's spec, without building it. */
    public EnvironmentSpec environmentSpec() {
        PluginChoice env = config.plugin(PluginKind.ENVIRONMENT, command);
        return ActionRepeat.spec(registry.provider(PluginKind.ENVIRONMENT, env.name()).spec(env.options()), actionRepeat());
    }

    private int actionRepeat() {
        return config.run().getInt("action-repeat");
    }

    /** A new copy of the environment. */
    public Environment newEnvironment(Path workDirectory) {
        PluginChoice env = config.plugin(PluginKind.ENVIRONMENT, command);
        EnvironmentProvider provider = registry.provider(PluginKind.ENVIRONMENT, env.name());
        Environment task = provider.create(env.options(), context(workDirectory));
        return actionRepeat() == 1 ? task : new ActionRepeat(task, actionRepeat());
    }

    /** The solver. */
    public RLSolver newSolver(Path workDirectory) {
        PluginChoice solver = config.plugin(PluginKind.SOLVER, command);
        SolverProvider provider = registry.provider(PluginKind.SOLVER, solver.name());
        return provider.create(solver.options(), context(workDirectory));
    }

    /** The divergence. */
    public Divergence newDivergence(Path workDirectory) {
        PluginChoice divergence = config.plugin(PluginKind.DIVERGENCE, command);
        DivergenceProvider provider = registry.provider(PluginKind.DIVERGENCE, divergence.name());
        return provider.create(divergence.options(), context(workDirectory));
    }

    /** What the divergence requires with its options. */
    public Requirements divergenceRequirements() {
        PluginChoice divergence = config.plugin(PluginKind.DIVERGENCE, command);
        return registry.provider(PluginKind.DIVERGENCE, divergence.name()).requirements(divergence.options());
    }

    /**
     * Refuses, before any work starts, a divergence whose requirements the demonstrations or the
     * solver do not meet; one sentence per problem, joined.
     */
    public void checkRequirements(boolean demosHaveActions) {
        PluginChoice divergence = config.plugin(PluginKind.DIVERGENCE, command);
        PluginChoice solver = config.plugin(PluginKind.SOLVER, command);
        SolverProvider solverProvider = registry.provider(PluginKind.SOLVER, solver.name());
        List<String> problems = divergenceRequirements().unmetBy(divergence.name(), demosHaveActions, solver.name(),
                solverProvider.capabilities(solver.options()));
        if (!problems.isEmpty()) {
            throw new UserError(config.source() + ": " + String.join("; ", problems));
        }
    }

    private RunContext context(Path workDirectory) {
        return new RunContext(seed(), workDirectory, environmentSpec(), registry, config);
    }
}
