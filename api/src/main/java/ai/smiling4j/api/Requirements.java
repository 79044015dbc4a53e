package ai.smiling4j.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a divergence needs before any work starts, checked by the runner against the
 * demonstrations and the chosen solver's capabilities.
 *
 * @param actions            the demonstrations must include actions
 * @param interaction        the divergence needs environment rollouts (false: offline, like BC)
 * @param solverCapabilities capability interfaces the solver must offer through
 *                           {@link RLSolver#capability(Class)}
 */
public record Requirements(boolean actions, boolean interaction, Set<Class<?>> solverCapabilities) {

    /** Copies the set. */
    public Requirements {
        solverCapabilities = Set.copyOf(solverCapabilities);
    }

    /** States only, with interaction, no solver capability. */
    public static Requirements statesOnly() {
        return new Requirements(false, true, Set.of());
    }

    /**
     * Every way in which the given setting falls short, one sentence each; empty if it fits.
     *
     * @param divergence      the divergence's name, for the sentences
     * @param demosHaveActions whether the demonstrations carry actions
     * @param solver          the solver's name
     * @param offered         the solver's capabilities
     */
    public List<String> unmetBy(String divergence, boolean demosHaveActions, String solver, Set<Class<?>> offered) {
        List<String> problems = new ArrayList<>();
        if (actions && !demosHaveActions) {
            problems.add("divergence '" + divergence + "' needs actions in the demonstrations, but they hold states"
                    + " only; use state-action demonstrations or a state-only divergence");
        }
        for (Class<?> c : solverCapabilities) {
            if (!offered.contains(c)) {
                problems.add("divergence '" + divergence + "' needs a solver with the " + c.getSimpleName()
                        + " capability, which solver '" + solver + "' does not offer");
            }
        }
        return problems;
    }
}
