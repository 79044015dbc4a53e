package ai.smiling4j.solvers.dreamer;

import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.api.plugin.SolverProvider;

import java.util.Set;

/**
 * The {@code dreamer} solver: a DreamerV3-style world model (RSSM, symlog/two-hot heads) whose
 * actor-critic learns in imagination. It offers no capability: it has no soft-Q critic, so
 * divergences that need one (IQ-Learn) are refused before a run starts, and its policy is
 * recurrent, so it cannot be exported as a feed-forward network.
 */
public final class DreamerProvider implements SolverProvider {

    @Override
    public String name() {
        return "dreamer";
    }

    @Override
    public String description() {
        return "DreamerV3-style world model (RSSM, two-hot heads) with an actor-critic trained in imagination";
    }

    @Override
    public OptionSchema options() {
        return DreamerSettings.SCHEMA;
    }

    @Override
    public Set<Class<?>> capabilities(Options options) {
        return Set.of();
    }

    @Override
    public RLSolver create(Options options, PluginContext context) {
        return new Dreamer(DreamerSettings.from(options), context.environment(), context.seed());
    }
}
