package ai.smiling4j.api.plugin;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ScoreModel;

import java.nio.file.Path;

/** What the runner gives a plugin when it creates it. */
public interface PluginContext {

    /** The run's seed; a plugin derives all its random streams from it. */
    long seed();

    /** A folder the plugin may write scratch files into. */
    Path workDirectory();

    /** The spec of the environment of this run. */
    EnvironmentSpec environment();

    /**
     * A new score model from the run's {@code score-model} slot, for samples of the given size
     * (looked up by name, so any score-model plugin works).
     */
    ScoreModel newScoreModel(int dimension);
}
