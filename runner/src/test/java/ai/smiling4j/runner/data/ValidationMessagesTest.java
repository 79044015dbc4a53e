package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.UserError;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every problem with a demonstration file is one sentence naming the file. */
class ValidationMessagesTest {
    @TempDir
    Path dir;

    private static void assertError(String expected, Executable action) {
        assertEquals(expected, assertThrows(UserError.class, action).getMessage());
    }

    private void assertReadError(Path file, String problem) {
        assertError(file + ": " + problem, () -> DemonstrationFiles.read(file));
    }

    private Path text(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path npz(String name, Map<String, byte[]> entries) {
        Path file = dir.resolve(name);
        BadFiles.zip(file, entries);
        return file;
    }

    @Test
    void missingFileFolderAndUnknownFormat() throws IOException {
        assertReadError(dir.resolve("missing.hdf5"), "no such file");
        assertReadError(Files.createDirectory(dir.resolve("folder.npz")), "is a folder, not a demonstration file");
        assertReadError(text("demos.pkl", ""),
                "has an unknown demonstration format (use .hdf5 or .h5 for Minari, .npz for NumPy, .csv for CSV)");
    }

    @Test
    void filesOfAnotherKind() throws IOException {
        assertReadError(text("x.hdf5", "episode,obs_0\n"), "is not an HDF5 file");
        assertReadError(text("x.npz", "episode,obs_0\n"), "is not an NPZ file (a zip of .npy arrays)");
        Path binary = Files.write(dir.resolve("x.csv"), new byte[] {(byte) 0x89, 'H', 'D', 'F', (byte) 0xff, 0});
        assertReadError(binary, "is not a text (CSV) file");
        assertReadError(text("y.csv", "time,x,y\n0,1,2\n"),
                "is not a demonstration CSV: its first line must name an episode column and obs_0, obs_1, ... columns");
    }

    @Test
    void noEpisodes() throws IOException {
        Path hdf5 = dir.resolve("empty.hdf5");
        try (WritableHdfFile hdf = HdfFile.write(hdf5)) {
            hdf.putGroup("data");
        }
        assertReadError(hdf5, "holds no episodes");
        assertReadError(text("empty.csv", "episode,obs_0,act_0\n"), "holds no episodes");
        assertReadError(npz("empty.npz", Map.of("observations.npy", BadFiles.npyF4(new int[] {0, 3}))),
                "holds no episodes");
    }

    @Test
    void episodeWithoutObservations() {
        Path hdf5 = dir.resolve("x.hdf5");
        BadFiles.hdf5(hdf5, g -> g.putDataset("actions", new float[2][1]));
        assertReadError(hdf5, "episode_0 has no observations dataset");
        assertReadError(npz("episodes.npz", Map.of("episode_0/actions.npy", BadFiles.npyF4(new int[] {1, 1}, 0))),
                "episode_0 has no observations array");
        assertReadError(npz("flat.npz", Map.of("actions.npy", BadFiles.npyF4(new int[] {1, 1}, 0))),
                "has no observations array (expected D4RL-style observations, actions, ... or per-episode"
                        + " episode_0/observations, ...)");
    }

    @Test
    void missingRewardsAndDictionaryObservationsInHdf5() {
        Path noRewards = dir.resolve("no-rewards.hdf5");
        BadFiles.hdf5(noRewards, g -> g.putDataset("observations", new float[3][2]));
        assertReadError(noRewards, "episode_0 has no rewards dataset");
        Path dict = dir.resolve("dict.hdf5");
        BadFiles.hdf5(dict, g -> g.putGroup("observations").putDataset("joints", new float[3][2]));
        assertReadError(dict, "episode_0 observations is a group, not a dataset (dictionary spaces are not supported)");
    }

    @Test
    void raggedEpisodes() {
        Path actions = dir.resolve("actions.hdf5");
        BadFiles.hdf5(actions, g -> {
            BadFiles.minariEpisode(g, 3);
            g.putDataset("observations", new float[3][2]);
        });
        assertReadError(actions, "episode_0 has 3 observation rows and 3 action rows, but needs one observation"
                + " more than actions");
        Path rewards = dir.resolve("rewards.hdf5");
        BadFiles.hdf5(rewards, g -> {
            BadFiles.minariEpisode(g, 2);
            g.putDataset("rewards", new float[3]);
        });
        assertReadError(rewards, "episode_0 has 3 rewards for 2 steps");
        Path flags = dir.resolve("flags.hdf5");
        BadFiles.hdf5(flags, g -> {
            BadFiles.minariEpisode(g, 2);
            g.putDataset("truncations", new boolean[1]);
        });
        assertReadError(flags, "episode_0 has 1 truncations for 2 steps");
        Path flat = npz("flat.npz", Map.of("observations.npy", BadFiles.npyF4(new int[] {2, 1}, 0, 1),
                "actions.npy", BadFiles.npyF4(new int[] {1, 1}, 0)));
        assertReadError(flat, "actions has 1 rows but observations has 2");
    }

    @Test
    void tooShortAndMisshapenEpisodes() {
        Path single = npz("single.npz", Map.of("episode_0/observations.npy", BadFiles.npyF4(new int[] {1, 2}, 0, 0)));
        assertReadError(single, "episode_0 has 1 observation rows but needs at least 2 (one step and the final"
                + " observation)");
        Path vector = dir.resolve("vector.hdf5");
        BadFiles.hdf5(vector, g -> {
            BadFiles.minariEpisode(g, 2);
            g.putDataset("observations", new float[3]);
        });
        assertReadError(vector, "episode_0 observations have shape [3] but need two dimensions (steps x values)");
        Path rewards = dir.resolve("rewards.hdf5");
        BadFiles.hdf5(rewards, g -> {
            BadFiles.minariEpisode(g, 2);
            g.putDataset("rewards", new float[2][2]);
        });
        assertReadError(rewards, "episode_0 rewards have shape [2, 2] but need one value per step");
    }

    @Test
    void nonFiniteValuesNameEpisodeDatasetAndPlace() throws IOException {
        Path obs = dir.resolve("obs.hdf5");
        BadFiles.hdf5(obs, g -> {
            BadFiles.minariEpisode(g, 2);
            g.putDataset("observations", new float[][] {{0, 0}, {0, Float.NaN}, {0, 0}});
        });
        assertReadError(obs, "episode_0 observations hold NaN at row 1, column 1");
        Path actions = dir.resolve("actions.hdf5");
        BadFiles.hdf5(actions, g -> {
            BadFiles.minariEpisode(g, 2);
            g.putDataset("actions", new double[][] {{0}, {Double.NEGATIVE_INFINITY}});
        });
        assertReadError(actions, "episode_0 actions hold -Infinity at row 1");
        assertReadError(text("r.csv", "episode,obs_0,reward\n0,1,inf\n0,2,\n"), "episode 0 rewards hold Infinity at row 0");
        assertReadError(npz("n.npz", Map.of("observations.npy", BadFiles.npyF4(new int[] {4, 1}, 0, 1, Float.NaN, 3),
                "terminals.npy", BadFiles.npy("|b1", 1, new int[] {4}, new byte[] {0, 1, 0, 0}))),
                "episode 1 (rows 2 to 3) observations hold NaN at row 0");
    }

    @Test
    void episodesThatDisagree() {
        byte[] twoColumns = BadFiles.npyF4(new int[] {2, 2}, 0, 0, 0, 0);
        byte[] action = BadFiles.npyF4(new int[] {1, 1}, 0);
        assertReadError(npz("dims.npz", Map.of("episode_0/observations.npy", twoColumns,
                        "episode_1/observations.npy", BadFiles.npyF4(new int[] {2, 3}, 0, 0, 0, 0, 0, 0))),
                "episode_1 observations have 3 columns but episode_0 observations have 2");
        assertReadError(npz("actions.npz", Map.of("episode_0/observations.npy", twoColumns,
                        "episode_0/actions.npy", action, "episode_1/observations.npy", twoColumns)),
                "episode_1 has no actions but episode_0 has");
        assertReadError(npz("actions2.npz", Map.of("episode_0/observations.npy", twoColumns,
                        "episode_1/observations.npy", twoColumns, "episode_1/actions.npy", action)),
                "episode_1 has actions but episode_0 has none");
    }

    @Test
    void csvLayoutMistakes() throws IOException {
        assertReadError(text("a.csv", "episode,obs_0,act_0,rewrad\n"), "has an unknown column 'rewrad' (expected"
                + " episode, obs_0.., act_0.., reward, terminated, truncated)");
        assertReadError(text("b.csv", "episode,obs_0,obs_2\n"),
                "has observation columns numbered [0, 2]; number them 0 to 1 without gaps");
        assertReadError(text("c.csv", "episode,obs_0,act_0\n0,1\n"), "line 2 has 2 cells but the header names 3 columns");
        assertReadError(text("d.csv", "episode,obs_0,act_0\n0,1,x\n0,2,\n"),
                "line 2 has 'x' in column act_0, which is not a number");
        assertReadError(text("e.csv", "episode,obs_0,act_0\n0,1,\n0,2,\n"), "line 2 has an empty act_0 cell");
        assertReadError(text("f.csv", "episode,obs_0,act_0\n0,1,0.5\n0,2,0.5\n"), "line 3 ends episode 0 with an"
                + " action or reward; add a last row holding only the final observation");
        assertReadError(text("g.csv", "episode,obs_0,act_0\n0,1,0\n0,2,\n1,1,0\n1,2,\n0,3,\n"),
                "line 6 continues episode 0 after another episode began (the rows of an episode must be consecutive)");
        assertReadError(text("h.csv", "episode,obs_0,terminated\n0,1,yes\n0,2,\n"),
                "line 2 has 'yes' in column terminated, which is not 0, 1, true or false");
    }

    @Test
    void dimensionsThatDoNotFitTheEnvironment() {
        Path file = Path.of("demos/x.hdf5");
        Demonstrations demos = MinariFilesTest.sample(true);
        assertError("demos/x.hdf5: observations have 3 columns but environment cheetah-run observes 17",
                () -> DemonstrationFiles.checkFits(demos, "cheetah-run", 17, 2, file));
        assertError("demos/x.hdf5: actions have 2 columns but environment cheetah-run takes 6",
                () -> DemonstrationFiles.checkFits(demos, "cheetah-run", 3, 6, file));
        DemonstrationFiles.checkFits(demos, "cheetah-run", 3, 2, file);
        DemonstrationFiles.checkFits(MinariFilesTest.sample(false), "cheetah-run", 3, 6, file);
    }
}
