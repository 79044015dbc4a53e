package ai.smiling4j.api;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A measure of how far the learner's state (or state-action) distribution is from the expert's,
 * turned into a reward that a solver maximizes. The runner calls, in this order:
 * {@link #fitExpert} once, {@link #pretrain} once, then for every environment step
 * {@link #observe}, every {@link #updatePeriod()} steps {@link #update}, and {@link #reward} on
 * every batch the solver trains on.
 */
public interface Divergence extends AutoCloseable, RewardFunction {

    /** Learns whatever depends on the expert alone (e.g. the expert's score model). */
    void fitExpert(Demonstrations demonstrations);

    /**
     * Before interaction starts: trains the solver directly when the divergence can (behaviour
     * cloning uses the solver's {@link PolicyLikelihood}). Does nothing by default.
     *
     * @return diagnostics of the pre-training
     */
    default Map<String, Double> pretrain(RLSolver solver) {
        return Map.of();
    }

    /** Sees one learner transition (all of them, seed phase included). */
    default void observe(Transition transition) {
    }

    /** How many environment steps between two {@link #update} calls; 0 means never. */
    default int updatePeriod() {
        return 0;
    }

    /**
     * Refits the learner-dependent part on the transitions observed so far.
     *
     * @return diagnostics of the update (losses, accuracies)
     */
    default Map<String, Double> update() {
        return Map.of();
    }

    /** The imitation reward of every transition of the batch; higher means more expert-like. */
    @Override
    float[] rewards(TransitionBatch batch);

    /**
     * A replacement for the solver's critic objective (inverse soft-Q learning), handed to a
     * solver's {@link SoftQLearning} capability by the runner. Empty by default.
     */
    default Optional<CriticObjective> criticObjective() {
        return Optional.empty();
    }

    /** Current diagnostics for the metrics log: losses, reward statistics, divergence estimates. */
    Map<String, Double> diagnostics();

    /** Writes the complete state (models, optimizers, buffers, random streams) into {@code directory}. */
    void save(Path directory) throws IOException;

    /** Reads what {@link #save} wrote. */
    void load(Path directory) throws IOException;

    /** Frees native memory; idempotent. */
    @Override
    void close();
}
