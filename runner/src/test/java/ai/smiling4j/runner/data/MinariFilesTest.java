package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.runner.UserError;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MinariFilesTest {
    @TempDir
    Path dir;

    static Demonstrations sample(boolean withActions) {
        Episode a = new Episode(Golden.observations(4, 3, 0), withActions ? Golden.actions(3, 2, 0) : null,
                new float[] {1, -2.5f, 0}, Golden.flags(3, 2), Golden.flags(3));
        Episode b = new Episode(Golden.observations(3, 3, 7), withActions ? Golden.actions(2, 2, 5) : null,
                new float[] {0.125f, 3}, Golden.flags(2), Golden.flags(2, 1));
        return new Demonstrations(List.of(a, b), Map.of("dataset_id", "tests/sample-v0", "env", "cheetah-run"));
    }

    @Test
    void roundTripWithActions() {
        Path file = dir.resolve("demos/with-actions.hdf5");
        DemonstrationFiles.write(file, sample(true));
        assertEquals(sample(true), DemonstrationFiles.read(file));
    }

    @Test
    void roundTripStateOnlyWritesNoActionsDataset() {
        Path file = dir.resolve("state-only.h5");
        DemonstrationFiles.write(file, sample(false));
        Demonstrations read = DemonstrationFiles.read(file);
        assertEquals(sample(false), read);
        assertFalse(read.hasActions());
        try (HdfFile hdf = new HdfFile(file)) {
            assertFalse(((Group) hdf.getChild("episode_0")).getChildren().containsKey("actions"));
        }
    }

    @Test
    void writesMinariAttributesAndUsesTheFileNameAsDefaultDatasetId() {
        Path file = dir.resolve("expert.hdf5");
        Demonstrations demos = new Demonstrations(sample(true).episodes(), Map.of("author", "me"));
        DemonstrationFiles.write(file, demos);
        try (HdfFile hdf = new HdfFile(file)) {
            assertEquals(2L, hdf.getAttribute("total_episodes").getData());
            assertEquals(5L, hdf.getAttribute("total_steps").getData());
            assertEquals("expert", hdf.getAttribute("dataset_id").getData());
            assertEquals(3L, hdf.getByPath("episode_0").getAttribute("total_steps").getData());
            assertEquals(1L, hdf.getByPath("episode_1").getAttribute("id").getData());
            Dataset rewards = hdf.getDatasetByPath("episode_0/rewards");
            assertEquals(float.class, rewards.getJavaType());
        }
        assertEquals(Map.of("author", "me", "dataset_id", "expert"), DemonstrationFiles.read(file).metadata());
    }

    @Test
    void readsTheFileH5pyWrote() {
        Demonstrations demos = DemonstrationFiles.read(Golden.file("minari-h5py.hdf5"));
        assertEquals(List.of(
                Golden.episode(3, 3, 2, 0, Golden.flags(3, 2), Golden.flags(3)),
                Golden.episode(2, 3, 2, 1, Golden.flags(2), Golden.flags(2, 1))), demos.episodes());
        assertEquals(Map.of("dataset_id", "golden/h5py-v0", "author", "smiling4j tests",
                "env_spec", "{\"id\": \"Pendulum-v1\", \"max_episode_steps\": 200}"), demos.metadata());
    }

    @Test
    void neverOverwritesUnlessAsked() throws IOException {
        Path file = dir.resolve("demos.hdf5");
        Files.writeString(file, "precious");
        UserError e = assertThrows(UserError.class, () -> DemonstrationFiles.write(file, sample(true)));
        assertEquals(file + ": already exists and overwriting was not asked for", e.getMessage());
        assertEquals("precious", Files.readString(file));

        DemonstrationFiles.write(file, sample(false), true);
        assertEquals(sample(false), DemonstrationFiles.read(file));
    }

    @Test
    void leavesNoTemporaryFileBehindAndKeepsTheUsualPermissions() throws IOException {
        Path other = Files.writeString(dir.resolve("other.txt"), "");
        DemonstrationFiles.write(dir.resolve("a.hdf5"), sample(true));
        assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(dir.resolve("a.hdf5")));
        Files.delete(other);
        assertThrows(UserError.class, () -> DemonstrationFiles.write(dir.resolve("a.hdf5"), sample(true)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("a.hdf5")), files.toList());
        }
    }

    @Test
    void writesOnlyHdf5() {
        Path file = dir.resolve("demos.csv");
        UserError e = assertThrows(UserError.class, () -> DemonstrationFiles.write(file, sample(true)));
        assertEquals(file + ": cannot be written: demonstrations are written as HDF5 (.hdf5 or .h5)", e.getMessage());
    }

    @Test
    void convertsFloat64AndIntegerDatasetsToFloats() {
        Path file = dir.resolve("wide.hdf5");
        BadFiles.hdf5(file, g -> {
            g.putDataset("observations", new double[][] {{0.5, 1e-3}, {2, 3}});
            g.putDataset("actions", new int[][] {{4}});
            g.putDataset("rewards", new double[] {1.5});
            g.putDataset("terminations", new int[] {1});
            g.putDataset("truncations", new boolean[] {false});
        });
        Episode e = DemonstrationFiles.read(file).episodes().get(0);
        assertEquals(new FloatMatrix(2, 2, new float[] {0.5f, 1e-3f, 2, 3}), e.observations());
        assertEquals(new FloatMatrix(1, 1, new float[] {4}), e.actions());
        assertArrayEquals(new boolean[] {true}, e.terminations());
    }
}
