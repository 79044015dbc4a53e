package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;

import java.nio.file.Path;

/**
 * An episode as read from a file, not yet checked.
 *
 * @param name         how messages name it, e.g. {@code episode_3}
 * @param observations one row per observation
 * @param actions      one row per step, or {@code null} for a state-only file
 * @param rewards      one per step
 * @param terminations one per step
 * @param truncations  one per step
 */
record RawEpisode(String name, FloatMatrix observations, FloatMatrix actions, float[] rewards,
                  boolean[] terminations, boolean[] truncations) {

    /** The episode, once its lengths agree and its values are finite; otherwise one sentence naming {@code file}. */
    Episode check(Path file) {
        int steps = observations.rows() - 1;
        if (steps < 1) {
            throw Checks.error(file, name + " has " + observations.rows()
                    + " observation rows but needs at least 2 (one step and the final observation)");
        }
        if (actions != null && actions.rows() != steps) {
            throw Checks.error(file, name + " has " + observations.rows() + " observation rows and " + actions.rows()
                    + " action rows, but needs one observation more than actions");
        }
        requireSteps(file, "rewards", rewards.length, steps);
        requireSteps(file, "terminations", terminations.length, steps);
        requireSteps(file, "truncations", truncations.length, steps);
        requireFinite(file, "observations", observations);
        if (actions != null) {
            requireFinite(file, "actions", actions);
        }
        requireFinite(file, "rewards", new FloatMatrix(steps, 1, rewards));
        return new Episode(observations, actions, rewards, terminations, truncations);
    }

    private void requireSteps(Path file, String dataset, int length, int steps) {
        if (length != steps) {
            throw Checks.error(file, name + " has " + length + " " + dataset + " for " + steps + " steps");
        }
    }

    private void requireFinite(Path file, String dataset, FloatMatrix m) {
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                float v = m.get(r, c);
                if (!Float.isFinite(v)) {
                    throw Checks.error(file, name + " " + dataset + " hold " + v + " at row " + r
                            + (m.cols() > 1 ? ", column " + c : ""));
                }
            }
        }
    }
}
