package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.runner.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checks every reader shares, and the shape of their messages: {@code <file>: <problem>}. */
final class Checks {
    private Checks() {
    }

    /** A user error naming the file and the problem. */
    static UserError error(Path file, String problem) {
        return new UserError(file + ": " + problem);
    }

    /** A user error naming the file and the problem, keeping the cause for the log. */
    static UserError error(Path file, String problem, Throwable cause) {
        return new UserError(file + ": " + problem, cause);
    }

    /** Why an input or output operation failed, for the end of a message. */
    static String reason(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Checks each episode and that all of them agree on sizes and on carrying actions. */
    static Demonstrations demonstrations(Path file, List<RawEpisode> raw, Map<String, String> metadata) {
        if (raw.isEmpty()) {
            throw error(file, "holds no episodes");
        }
        List<Episode> episodes = new ArrayList<>();
        for (RawEpisode r : raw) {
            episodes.add(r.check(file));
        }
        RawEpisode first = raw.get(0);
        for (RawEpisode r : raw.subList(1, raw.size())) {
            requireSameColumns(file, "observations", r, r.observations().cols(), first, first.observations().cols());
            if ((r.actions() == null) != (first.actions() == null)) {
                throw error(file, r.name() + (r.actions() == null ? " has no actions but " : " has actions but ")
                        + first.name() + (first.actions() == null ? " has none" : " has"));
            }
            if (r.actions() != null) {
                requireSameColumns(file, "actions", r, r.actions().cols(), first, first.actions().cols());
            }
        }
        return new Demonstrations(episodes, metadata);
    }

    private static void requireSameColumns(Path file, String dataset, RawEpisode r, int cols,
                                           RawEpisode first, int firstCols) {
        if (cols != firstCols) {
            throw error(file, r.name() + " " + dataset + " have " + cols + " columns but " + first.name()
                    + " " + dataset + " have " + firstCols);
        }
    }
}
