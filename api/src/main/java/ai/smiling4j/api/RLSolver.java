package ai.smiling4j.api;

import ai.smiling4j.api.data.Transition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A reinforcement-learning algorithm that improves a policy for whatever reward it is given. The
 * runner calls {@link #act} and {@link #observe} for every environment step and {@link #update}
 * after each; the solver decides what an update does (nothing during its seed phase, several
 * gradient steps at a train ratio, ...). Not thread-safe.
 */
public interface RLSolver extends AutoCloseable {

    /** An action for the observation: sampled, or the policy's mode when {@code deterministic}. */
    float[] act(float[] observation, boolean deterministic);

    /** Actions for a batch of observations (one per copy of a vector environment). */
    default float[][] act(float[][] observations, boolean deterministic) {
        float[][] out = new float[observations.length][];
        for (int i = 0; i < observations.length; i++) {
            out[i] = act(observations[i], deterministic);
        }
        return out;
    }

    /**
     * Tells the solver that the next {@link #act} call with this {@code deterministic} flag starts a
     * new episode. Solvers with a recurrent policy reset its state; others ignore it.
     */
    default void startEpisode(boolean deterministic) {
    }

    /** Stores one transition in the solver's replay. */
    void observe(Transition transition);

    /**
     * Learns after one environment step, labelling every replayed batch with {@code reward}.
     *
     * @return diagnostics of this update (empty when nothing was trained)
     */
    Map<String, Double> update(RewardFunction reward);

    /**
     * An optional capability of this solver ({@link SoftQLearning}, {@link PolicyLikelihood}, or a
     * plugin's own interface), or empty if it does not offer it.
     */
    <C> Optional<C> capability(Class<C> type);

    /** Writes the complete state (networks, optimizers, replay, random streams) into {@code directory}. */
    void save(Path directory) throws IOException;

    /** Reads what {@link #save} wrote; training then continues exactly as it would have. */
    void load(Path directory) throws IOException;

    /** Frees native memory; idempotent. */
    @Override
    void close();
}
