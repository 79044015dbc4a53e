package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.ExportablePolicy;
import ai.smiling4j.api.PolicyLikelihood;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.SoftQLearning;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.api.plugin.SolverProvider;

import java.util.Set;

/**
 * The {@code sac} solver: soft actor-critic as the SMILING reference runs it on DMC tasks (twin
 * 2 x 1024 critics, tanh-Gaussian actor, learned temperature, batch 1024, 5000 seed steps). It
 * offers {@link SoftQLearning} (for IQ-Learn), {@link PolicyLikelihood} (for behaviour cloning) and
 * {@link ExportablePolicy} (for {@code smiling export}); its {@code engine} option picks where
 * deterministic actions are computed.
 */
public final class SacProvider implements SolverProvider {

    @Override
    public String name() {
        return "sac";
    }

    @Override
    public String description() {
        return "soft actor-critic: twin critics, tanh-Gaussian actor, learned temperature";
    }

    @Override
    public OptionSchema options() {
        return SacSettings.SCHEMA;
    }

    @Override
    public Set<Class<?>> capabilities(Options options) {
        return Set.of(SoftQLearning.class, PolicyLikelihood.class, ExportablePolicy.class);
    }

    @Override
    public RLSolver create(Options options, PluginContext context) {
        return new Sac(SacSettings.from(options), context.environment(), context.seed(), context.workDirectory());
    }
}
