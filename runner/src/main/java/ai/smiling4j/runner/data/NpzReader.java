package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a NumPy .npz file (a zip of .npy arrays) in one of two layouts.
 * <ul>
 *   <li>Flat, like D4RL: {@code observations} (T x d), optional {@code actions} (T x a),
 *   {@code rewards}, {@code terminals} or {@code terminations}, {@code timeouts} or
 *   {@code truncations} (T each; missing ones count as zeros). An episode ends at each row whose
 *   terminal or timeout flag is set, and at the last row. With {@code next_observations} (T x d)
 *   an episode of k rows has k steps and ends with the next observation of its last row; without
 *   it, consecutive rows are consecutive observations, so the last row of an episode is only its
 *   final observation (its action and reward are dropped) and the shortened episode counts as
 *   truncated.</li>
 *   <li>Per episode: {@code episode_0/observations}, {@code episode_0/actions}, ... with Minari's
 *   shapes (N + 1 observations, N of everything else).</li>
 * </ul>
 */
final class NpzReader {
    private static final Pattern EPISODE_KEY = Pattern.compile("(episode_(\\d+))/(\\w+)");

    private NpzReader() {
    }

    static Demonstrations read(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw Checks.error(file, "is not an NPZ file (a zip of .npy arrays)", e);
        } catch (IOException e) {
            throw Checks.error(file, "cannot be read (" + Checks.reason(e) + ")", e);
        }
        try (zip) {
            Entries arrays = new Entries(file, zip);
            List<RawEpisode> episodes = arrays.perEpisode() ? perEpisode(file, arrays) : flat(file, arrays);
            return Checks.demonstrations(file, episodes, Map.of());
        } catch (IOException e) {
            throw Checks.error(file, "cannot be read (" + Checks.reason(e) + ")", e);
        }
    }

    private static List<RawEpisode> perEpisode(Path file, Entries arrays) throws IOException {
        TreeMap<Long, String> names = new TreeMap<>();
        for (String key : arrays.keys()) {
            Matcher m = EPISODE_KEY.matcher(key);
            if (m.matches()) {
                names.put(Long.parseLong(m.group(2)), m.group(1));
            }
        }
        List<RawEpisode> episodes = new ArrayList<>();
        for (String name : names.values()) {
            RawArray observations = arrays.get(name + "/observations", name + " observations");
            if (observations == null) {
                throw Checks.error(file, name + " has no observations array");
            }
            FloatMatrix obs = observations.matrix(file);
            int steps = Math.max(0, obs.rows() - 1);
            RawArray actions = arrays.get(name + "/actions", name + " actions");
            episodes.add(new RawEpisode(name, obs, actions == null ? null : actions.matrix(file),
                    arrays.vector(steps, name + " rewards", name + "/rewards"),
                    arrays.flags(steps, name + " terminations", name + "/terminations"),
                    arrays.flags(steps, name + " truncations", name + "/truncations")));
        }
        return episodes;
    }

    private static List<RawEpisode> flat(Path file, Entries arrays) throws IOException {
        RawArray observationArray = arrays.get("observations", "observations");
        if (observationArray == null) {
            throw Checks.error(file, "has no observations array (expected D4RL-style observations, actions, ..."
                    + " or per-episode episode_0/observations, ...)");
        }
        FloatMatrix obs = observationArray.matrix(file);
        int t = obs.rows();
        RawArray nextArray = arrays.get("next_observations", "next_observations");
        FloatMatrix next = nextArray == null ? null : sameRows(file, nextArray.matrix(file), "next_observations", t);
        RawArray actionArray = arrays.get("actions", "actions");
        FloatMatrix actions = actionArray == null ? null : sameRows(file, actionArray.matrix(file), "actions", t);
        float[] rewards = arrays.vector(t, "rewards", "rewards");
        boolean[] terminals = arrays.flags(t, "terminals", "terminals", "terminations");
        boolean[] timeouts = arrays.flags(t, "timeouts", "timeouts", "truncations");
        requireLength(file, "rewards", rewards.length, t);
        requireLength(file, "terminals", terminals.length, t);
        requireLength(file, "timeouts", timeouts.length, t);
        List<RawEpisode> episodes = new ArrayList<>();
        int start = 0;
        for (int row = 0; row < t; row++) {
            if (terminals[row] || timeouts[row] || row == t - 1) {
                String name = "episode " + episodes.size() + " (rows " + start + " to " + row + ")";
                episodes.add(next != null
                        ? withNext(name, obs, next, actions, rewards, terminals, timeouts, start, row + 1)
                        : consecutive(name, obs, actions, rewards, start, row + 1));
                start = row + 1;
            }
        }
        return episodes;
    }

    private static RawEpisode withNext(String name, FloatMatrix obs, FloatMatrix next, FloatMatrix actions,
                                       float[] rewards, boolean[] terminals, boolean[] timeouts, int from, int to) {
        FloatMatrix observations = FloatMatrix.concatRows(List.of(obs.rowRange(from, to), next.rowRange(to - 1, to)));
        return new RawEpisode(name, observations, actions == null ? null : actions.rowRange(from, to),
                Arrays.copyOfRange(rewards, from, to), Arrays.copyOfRange(terminals, from, to),
                Arrays.copyOfRange(timeouts, from, to));
    }

    private static RawEpisode consecutive(String name, FloatMatrix obs, FloatMatrix actions, float[] rewards,
                                          int from, int to) {
        int steps = Math.max(0, to - from - 1);
        boolean[] truncations = new boolean[steps];
        if (steps > 0) {
            truncations[steps - 1] = true;
        }
        return new RawEpisode(name, obs.rowRange(from, to), actions == null ? null : actions.rowRange(from, from + steps),
                Arrays.copyOfRange(rewards, from, from + steps), new boolean[steps], truncations);
    }

    private static FloatMatrix sameRows(Path file, FloatMatrix m, String name, int rows) {
        requireLength(file, name, m.rows(), rows);
        return m;
    }

    private static void requireLength(Path file, String name, int length, int rows) {
        if (length != rows) {
            throw Checks.error(file, name + " has " + length + " rows but observations has " + rows);
        }
    }

    /** The zip's .npy entries by key (the entry name without {@code .npy}), parsed on demand. */
    private static final class Entries {
        private final Path file;
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new TreeMap<>();

        Entries(Path file, ZipFile zip) {
            this.file = file;
            this.zip = zip;
            Collections.list(zip.entries()).stream().filter(e -> e.getName().endsWith(".npy"))
                    .forEach(e -> entries.put(e.getName().substring(0, e.getName().length() - 4), e));
        }

        Iterable<String> keys() {
            return entries.keySet();
        }

        boolean perEpisode() {
            return entries.keySet().stream().anyMatch(k -> EPISODE_KEY.matcher(k).matches());
        }

        /** The array under {@code key}, parsed, or {@code null} if the zip has none. */
        RawArray get(String key, String label) throws IOException {
            ZipEntry e = entries.get(key);
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return Npy.parse(file, label, in.readAllBytes());
            }
        }

        /** One value per step from the first key present, or zeros if none is. */
        float[] vector(int steps, String label, String... keys) throws IOException {
            for (String key : keys) {
                RawArray a = get(key, label);
                if (a != null) {
                    return a.vector(file);
                }
            }
            return new float[steps];
        }

        /** One flag per step from the first key present, or all false if none is. */
        boolean[] flags(int steps, String label, String... keys) throws IOException {
            for (String key : keys) {
                RawArray a = get(key, label);
                if (a != null) {
                    return a.flags(file);
                }
            }
            return new boolean[steps];
        }
    }
}
