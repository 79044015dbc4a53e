package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Minari's HDF5 layout: groups {@code episode_0, episode_1, ...} at the top, each with the
 * datasets {@code observations}, {@code actions} (absent in a state-only file), {@code rewards},
 * {@code terminations} and {@code truncations}. Other members (such as {@code infos}) are ignored;
 * the top level's scalar attributes become the metadata, except the counts the writer derives.
 */
final class MinariReader {
    private static final Pattern EPISODE = Pattern.compile("episode_(\\d+)");

    private MinariReader() {
    }

    static Demonstrations read(Path file) {
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (HdfException e) {
            throw Checks.error(file, "is not an HDF5 file", e);
        }
        try (hdf) {
            List<RawEpisode> episodes = new ArrayList<>();
            for (Group g : episodeGroups(hdf)) {
                episodes.add(episode(file, g));
            }
            return Checks.demonstrations(file, episodes, metadata(hdf));
        } catch (HdfException e) {
            throw Checks.error(file, "has HDF5 content that cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static List<Group> episodeGroups(Group root) {
        TreeMap<Long, Group> byIndex = new TreeMap<>();
        for (Node n : root.getChildren().values()) {
            Matcher m = EPISODE.matcher(n.getName());
            if (n instanceof Group g && m.matches()) {
                byIndex.put(Long.parseLong(m.group(1)), g);
            }
        }
        return List.copyOf(byIndex.values());
    }

    private static RawEpisode episode(Path file, Group g) {
        String name = g.getName();
        RawArray observations = array(file, g, "observations");
        if (observations == null) {
            throw Checks.error(file, name + " has no observations dataset");
        }
        RawArray actions = array(file, g, "actions");
        return new RawEpisode(name, observations.matrix(file), actions == null ? null : actions.matrix(file),
                required(file, g, "rewards").vector(file), required(file, g, "terminations").flags(file),
                required(file, g, "truncations").flags(file));
    }

    private static RawArray required(Path file, Group g, String dataset) {
        RawArray a = array(file, g, dataset);
        if (a == null) {
            throw Checks.error(file, g.getName() + " has no " + dataset + " dataset");
        }
        return a;
    }

    /** The named dataset of the group as floats, or {@code null} if the group has no such member. */
    private static RawArray array(Path file, Group g, String dataset) {
        Node n = g.getChildren().get(dataset);
        if (n == null) {
            return null;
        }
        String label = g.getName() + " " + dataset;
        if (!(n instanceof Dataset d)) {
            throw Checks.error(file, label + " is a group, not a dataset (dictionary spaces are not supported)");
        }
        return new RawArray(label, d.getDimensions(), HdfValues.floats(file, label, d.getDataFlat()));
    }

    private static Map<String, String> metadata(HdfFile hdf) {
        Map<String, String> metadata = new TreeMap<>();
        for (Attribute a : hdf.getAttributes().values()) {
            Object v = a.getData();
            if (!MinariWriter.DERIVED_ATTRIBUTES.contains(a.getName())
                    && (v instanceof String || v instanceof Number || v instanceof Boolean)) {
                metadata.put(a.getName(), String.valueOf(v));
            }
        }
        return metadata;
    }
}
