package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheGoldenFile() {
        Demonstrations demos = DemonstrationFiles.read(Golden.file("steps.csv"));
        assertEquals(List.of(
                Golden.episode(2, 2, 1, 0, Golden.flags(2, 1), Golden.flags(2)),
                Golden.episode(1, 2, 1, 1, Golden.flags(1, 0), Golden.flags(1))), demos.episodes());
    }

    @Test
    void readsShortColumnNamesInAnyOrderWithoutActionsOrRewards() throws IOException {
        Path file = dir.resolve("states.csv");
        Files.writeString(file, "\uFEFFo1,o0,episode,truncated\r\n2,1,a,false\r\n4,3,a,TRUE\r\n6,5,a,\r\n\r\n0,9,b,0\r\n1,8,b,\r\n");
        Demonstrations demos = DemonstrationFiles.read(file);
        assertEquals(List.of(
                new Episode(FloatMatrix.ofRows(new float[] {1, 2}, new float[] {3, 4}, new float[] {5, 6}), null,
                        new float[2], Golden.flags(2), Golden.flags(2, 1)),
                new Episode(FloatMatrix.ofRows(new float[] {9, 0}, new float[] {8, 1}), null,
                        new float[1], Golden.flags(1), Golden.flags(1))), demos.episodes());
    }
}
