package ai.smiling4j.runner.cli;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.data.DemonstrationFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvertCommandTest {

    @Test
    void npzAndCsvBecomeMinariHdf5WithTheSameEpisodes(@TempDir Path dir) throws Exception {
        for (String golden : new String[] {"d4rl-flat.npz", "steps.csv"}) {
            Path in = Path.of(ConvertCommandTest.class.getResource("/data/" + golden).toURI());
            Path out = dir.resolve(golden + ".hdf5");
            MainTest.Result r = MainTest.run("convert", in.toString(), out.toString());
            assertEquals(0, r.code(), r.err());
            Demonstrations original = DemonstrationFiles.read(in);
            Demonstrations converted = DemonstrationFiles.read(out);
            assertEquals(original.episodes(), converted.episodes());
            assertTrue(r.out().startsWith("wrote " + original.episodes().size() + " episodes"), r.out());
        }
    }

    @Test
    void refusesAnOutputThatIsNotHdf5(@TempDir Path dir) throws Exception {
        Path in = Path.of(ConvertCommandTest.class.getResource("/data/steps.csv").toURI());
        MainTest.Result r = MainTest.run("convert", in.toString(), dir.resolve("out.csv").toString());
        assertEquals(2, r.code());
        assertEquals("error: convert writes Minari-layout HDF5: " + dir.resolve("out.csv") + " should end in .hdf5 or .h5",
                r.err().strip());
    }
}
