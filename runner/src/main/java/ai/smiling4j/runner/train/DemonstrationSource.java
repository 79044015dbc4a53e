package ai.smiling4j.runner.train;

import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.data.DemonstrationFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demonstrations an experiment's {@code demonstrations} section names, checked against its task. */
public final class DemonstrationSource {
    private DemonstrationSource() {
    }

    /**
     * Reads the file, keeps the first {@code episodes} episodes, drops the actions unless
     * {@code use-actions} is set, and checks the sizes against the environment.
     */
    public static Demonstrations load(Experiment experiment) {
        var section = experiment.config().demonstrations();
        String path = section.getString("path");
        if (path.isBlank()) {
            throw new UserError(experiment.config().source() + ": demonstrations.path is empty; imitation needs a"
                    + " demonstrations file (for example one written by 'smiling collect-demos')");
        }
        Path file = Path.of(path);
        Demonstrations all = DemonstrationFiles.read(file);
        EnvironmentSpec spec = experiment.environmentSpec();
        DemonstrationFiles.checkFits(all, spec.name(), spec.observationDim(), spec.actionDim(), file);
        Demonstrations used = all.firstEpisodes(section.getInt("episodes"));
        return section.getBoolean("use-actions") ? used : statesOnly(used);
    }

    /** The same episodes without their actions. */
    static Demonstrations statesOnly(Demonstrations demos) {
        if (!demos.hasActions()) {
            return demos;
        }
        List<Episode> episodes = new ArrayList<>();
        for (Episode e : demos.episodes()) {
            episodes.add(new Episode(e.observations(), null, e.rewards(), e.terminations(), e.truncations()));
        }
        return new Demonstrations(episodes, demos.metadata());
    }
}
