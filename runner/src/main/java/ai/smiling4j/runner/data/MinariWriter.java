package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Writes Minari's HDF5 layout with jHDF: one group per episode ({@code id} and {@code total_steps}
 * attributes; float32 {@code observations}, {@code actions} unless state-only, {@code rewards};
 * {@code terminations} and {@code truncations} as uint8) and, at the top, {@code total_episodes},
 * {@code total_steps}, {@code dataset_id} (the metadata's, else the file name's stem) and every
 * metadata entry as a string attribute. jHDF adds its own {@code _jHDF} attribute.
 */
final class MinariWriter {
    /** Top-level attributes computed on writing (or added by jHDF), so not part of the metadata. */
    static final Set<String> DERIVED_ATTRIBUTES = Set.of("total_episodes", "total_steps", "_jHDF");

    private MinariWriter() {
    }

    /** Writes the demonstrations to {@code target}, replacing its content; {@code datasetId} unless the metadata has one. */
    static void write(Path target, Demonstrations demos, String datasetId) {
        try (WritableHdfFile hdf = HdfFile.write(target)) {
            for (int i = 0; i < demos.episodes().size(); i++) {
                Episode e = demos.episodes().get(i);
                WritableGroup g = hdf.putGroup("episode_" + i);
                g.putAttribute("id", (long) i);
                g.putAttribute("total_steps", (long) e.length());
                g.putDataset("observations", rows(e.observations()));
                if (e.hasActions()) {
                    g.putDataset("actions", rows(e.actions()));
                }
                g.putDataset("rewards", e.rewards());
                g.putDataset("terminations", e.terminations());
                g.putDataset("truncations", e.truncations());
            }
            hdf.putAttribute("total_episodes", (long) demos.episodes().size());
            hdf.putAttribute("total_steps", (long) demos.steps());
            if (!demos.metadata().containsKey("dataset_id")) {
                hdf.putAttribute("dataset_id", datasetId);
            }
            for (Map.Entry<String, String> m : demos.metadata().entrySet()) {
                if (!DERIVED_ATTRIBUTES.contains(m.getKey())) {
                    hdf.putAttribute(m.getKey(), m.getValue());
                }
            }
        }
    }

    private static float[][] rows(FloatMatrix m) {
        float[][] rows = new float[m.rows()][];
        for (int r = 0; r < m.rows(); r++) {
            rows[r] = m.row(r);
        }
        return rows;
    }
}
