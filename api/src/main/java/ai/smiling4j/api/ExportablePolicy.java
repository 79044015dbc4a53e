package ai.smiling4j.api;

import ai.smiling4j.api.policy.PolicyNetwork;

/**
 * Solver capability: its deterministic policy (the mean action) can be handed out as plain values,
 * for {@code smiling export} and for inference engines other than the solver's own.
 */
public interface ExportablePolicy {

    /** A snapshot of the current deterministic policy; later training does not change it. */
    PolicyNetwork policyNetwork();
}
