package ai.smiling4j.api.data;

import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.SoftQLearning;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataTest {

    private static Episode episode(int steps, float offset, boolean actions) {
        float[] obs = new float[(steps + 1) * 2];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = offset + i;
        }
        return new Episode(new FloatMatrix(steps + 1, 2, obs), actions ? FloatMatrix.zeros(steps, 1) : null,
                new float[steps], new boolean[steps], new boolean[steps]);
    }

    @Test
    void demonstrationsStackStatesWithoutTheFinalObservation() {
        Demonstrations d = new Demonstrations(List.of(episode(2, 0, false), episode(3, 100, false)), Map.of());
        assertEquals(5, d.steps());
        FloatMatrix s = d.states();
        assertEquals(5, s.rows());
        assertArrayEquals(new float[] {0, 1}, s.row(0));
        assertArrayEquals(new float[] {2, 3}, s.row(1));
        assertArrayEquals(new float[] {100, 101}, s.row(2));
        assertArrayEquals(new float[] {102, 103}, d.nextStates().row(2));
        assertThrows(IllegalStateException.class, d::actions);
    }

    @Test
    void mixedEpisodesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Demonstrations(List.of(episode(2, 0, true), episode(2, 0, false)), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Episode(FloatMatrix.zeros(3, 2), null,
                new float[3], new boolean[2], new boolean[2]));
    }

    @Test
    void matrixOperations() {
        FloatMatrix a = FloatMatrix.ofRows(new float[] {1, 2}, new float[] {3, 4});
        FloatMatrix b = FloatMatrix.ofRows(new float[] {5}, new float[] {6});
        assertEquals(FloatMatrix.ofRows(new float[] {1, 2, 5}, new float[] {3, 4, 6}), FloatMatrix.concatColumns(a, b));
        assertEquals(FloatMatrix.ofRows(new float[] {3, 4}, new float[] {3, 4}, new float[] {1, 2}),
                a.selectRows(new int[] {1, 1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new FloatMatrix(2, 2, new float[3]));
        assertTrue(new FloatMatrix(1, 1, new float[] {Float.NaN}).hasNonFinite());
    }

    @Test
    void requirementsNameWhatIsMissing() {
        Requirements r = new Requirements(true, true, Set.of(SoftQLearning.class));
        List<String> problems = r.unmetBy("iq-learn", false, "dreamer", Set.of());
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("needs actions"));
        assertTrue(problems.get(1).contains("SoftQLearning capability, which solver 'dreamer' does not offer"));
        assertEquals(List.of(), r.unmetBy("iq-learn", true, "sac", Set.of(SoftQLearning.class)));
    }
}
