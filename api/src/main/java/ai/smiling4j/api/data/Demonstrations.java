package ai.smiling4j.api.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expert demonstrations: a list of episodes with the same observation (and action) sizes.
 *
 * @param episodes the episodes, at least one
 * @param metadata free-form dataset attributes (environment name, source, ...)
 */
public record Demonstrations(List<Episode> episodes, Map<String, String> metadata) {

    /** Checks that the episodes agree on their sizes and on whether they carry actions. */
    public Demonstrations {
        episodes = List.copyOf(episodes);
        metadata = Map.copyOf(metadata);
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("demonstrations need at least one episode");
        }
        Episode first = episodes.get(0);
        for (int i = 1; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            if (e.observations().cols() != first.observations().cols()) {
                throw new IllegalArgumentException("episode " + i + " has observations of size "
                        + e.observations().cols() + ", episode 0 has " + first.observations().cols());
            }
            if (e.hasActions() != first.hasActions()
                    || (e.hasActions() && e.actions().cols() != first.actions().cols())) {
                throw new IllegalArgumentException("episode " + i + " does not have the actions of episode 0");
            }
        }
    }

    /** Size of one observation. */
    public int observationDim() {
        return episodes.get(0).observations().cols();
    }

    /** Size of one action, or 0 for state-only demonstrations. */
    public int actionDim() {
        return hasActions() ? episodes.get(0).actions().cols() : 0;
    }

    /** True if every episode carries actions. */
    public boolean hasActions() {
        return episodes.get(0).hasActions();
    }

    /** Total number of steps over all episodes. */
    public int steps() {
        return episodes.stream().mapToInt(Episode::length).sum();
    }

    /** The states at which the expert acted, all episodes stacked: {@code steps() x observationDim()}. */
    public FloatMatrix states() {
        List<FloatMatrix> parts = new ArrayList<>();
        episodes.forEach(e -> parts.add(e.states()));
        return FloatMatrix.concatRows(parts);
    }

    /** The expert's actions, stacked like {@link #states()}; fails for state-only demonstrations. */
    public FloatMatrix actions() {
        if (!hasActions()) {
            throw new IllegalStateException("these demonstrations hold states only, no actions");
        }
        List<FloatMatrix> parts = new ArrayList<>();
        episodes.forEach(e -> parts.add(e.actions()));
        return FloatMatrix.concatRows(parts);
    }

    /** The observations after each step, stacked like {@link #states()}. */
    public FloatMatrix nextStates() {
        List<FloatMatrix> parts = new ArrayList<>();
        episodes.forEach(e -> parts.add(e.observations().rowRange(1, e.length() + 1)));
        return FloatMatrix.concatRows(parts);
    }

    /** The first {@code n} episodes (all of them if there are fewer). */
    public Demonstrations firstEpisodes(int n) {
        return new Demonstrations(episodes.subList(0, Math.min(n, episodes.size())), metadata);
    }

    /** Mean of the episodes' recorded returns. */
    public double meanReturn() {
        return episodes.stream().mapToDouble(Episode::totalReward).average().orElse(0);
    }
}
