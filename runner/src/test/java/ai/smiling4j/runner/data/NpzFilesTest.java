package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NpzFilesTest {
    private static final FloatMatrix OBS = Golden.observations(6, 3, 0);
    private static final FloatMatrix ACT = Golden.actions(5, 2, 0);
    private static final float[] REWARDS = Golden.rewards(5, 0);

    @TempDir
    Path dir;

    @Test
    void splitsFlatArraysAtTerminalsAndTimeoutsUsingNextObservations() {
        Demonstrations demos = DemonstrationFiles.read(Golden.file("d4rl-flat.npz"));
        assertEquals(List.of(
                new Episode(OBS.rowRange(0, 3), ACT.rowRange(0, 2), new float[] {REWARDS[0], REWARDS[1]},
                        Golden.flags(2, 1), Golden.flags(2)),
                new Episode(OBS.rowRange(2, 6), ACT.rowRange(2, 5), new float[] {REWARDS[2], REWARDS[3], REWARDS[4]},
                        Golden.flags(3), Golden.flags(3, 2))), demos.episodes());
    }

    @Test
    void withoutNextObservationsTheLastRowOfAnEpisodeIsItsFinalObservation() {
        Demonstrations demos = DemonstrationFiles.read(Golden.file("d4rl-rows.npz"));
        assertEquals(List.of(
                new Episode(OBS.rowRange(0, 2), ACT.rowRange(0, 1), new float[] {REWARDS[0]},
                        Golden.flags(1), Golden.flags(1, 0)),
                new Episode(OBS.rowRange(2, 5), ACT.rowRange(2, 4), new float[] {REWARDS[2], REWARDS[3]},
                        Golden.flags(2), Golden.flags(2, 1))), demos.episodes());
    }

    @Test
    void readsPerEpisodeKeys() {
        Demonstrations demos = DemonstrationFiles.read(Golden.file("episodes.npz"));
        assertEquals(List.of(
                new Episode(Golden.observations(3, 2, 0), new FloatMatrix(2, 1, new float[] {0, 1}),
                        Golden.rewards(2, 0), Golden.flags(2, 1), Golden.flags(2)),
                new Episode(Golden.observations(2, 2, 1), new FloatMatrix(1, 1, new float[] {-1}),
                        Golden.rewards(1, 1), Golden.flags(1, 0), Golden.flags(1))), demos.episodes());
    }

    @Test
    void flatArraysWithoutActionsOrFlagsAreOneStateOnlyEpisode() {
        Path file = dir.resolve("states.npz");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("observations.npy", BadFiles.npyF4(new int[] {3, 1}, 1, 2, 3));
        BadFiles.zip(file, entries);
        Demonstrations demos = DemonstrationFiles.read(file);
        assertFalse(demos.hasActions());
        assertEquals(List.of(new Episode(new FloatMatrix(3, 1, new float[] {1, 2, 3}), null, new float[2],
                Golden.flags(2), Golden.flags(2, 1))), demos.episodes());
    }
}
