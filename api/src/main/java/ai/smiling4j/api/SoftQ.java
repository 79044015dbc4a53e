package ai.smiling4j.api;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * A solver's soft Q-function and policy, seen from a {@link CriticObjective}. Arrays are created
 * in {@link #manager()} and carry gradients to the critic's parameters. Actions are in the
 * environment's units; the solver does any scaling.
 */
public interface SoftQ {

    /** The manager of this update step; arrays made in it are freed after the step. */
    NDManager manager();

    /** Q(s, a) for a batch, shape {@code (n)}. */
    NDArray q(NDArray observations, NDArray actions);

    /** The soft value V(s) = Q(s, a') - alpha log pi(a'|s) with a' ~ pi(.|s), shape {@code (n)}. */
    NDArray value(NDArray observations);

    /**
     * Actions a ~ pi(.|s) of the current policy for a batch, in the environment's units, carrying no
     * gradient (state-only inverse soft-Q learning pairs expert states with them), shape {@code (n, |A|)}.
     */
    NDArray policyActions(NDArray observations);

    /** The discount factor gamma. */
    double discount();
}
