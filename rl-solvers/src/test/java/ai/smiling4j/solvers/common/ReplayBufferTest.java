package ai.smiling4j.solvers.common;

import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReplayBufferTest {

    private static Transition transition(int i) {
        return new Transition(new float[] {i, -i}, new float[] {i / 10f}, i * 2.0, new float[] {i + 1, -i - 1},
                i % 3 == 0, i % 3 == 1);
    }

    @Test
    void keepsTheNewestTransitionsAndNamesThemByInsertionNumber() {
        ReplayBuffer replay = new ReplayBuffer(3, 2, 1);
        for (int i = 0; i < 5; i++) {
            replay.add(transition(i));
        }
        assertEquals(3, replay.size());
        assertEquals(5, replay.inserted());
        TransitionBatch b = replay.batch(new long[] {4, 2});
        assertArrayEquals(new long[] {4, 2}, b.ids());
        assertArrayEquals(new float[] {4, -4, 2, -2}, b.observations().data());
        assertArrayEquals(new float[] {0.4f, 0.2f}, b.actions().data());
        assertArrayEquals(new float[] {8, 4}, b.rewards());
        assertArrayEquals(new float[] {5, -5, 3, -3}, b.nextObservations().data());
        assertArrayEquals(new boolean[] {false, false}, b.terminated());
        assertThrows(IllegalArgumentException.class, () -> replay.batch(new long[] {1}), "pushed out");
    }

    @Test
    void samplesOnlyHeldTransitionsAndRepeatsWithTheSameStream() {
        ReplayBuffer replay = new ReplayBuffer(100, 2, 1);
        for (int i = 0; i < 250; i++) {
            replay.add(transition(i));
        }
        TransitionBatch a = replay.sample(500, new RandomStream(7, "test"));
        for (int k = 0; k < a.size(); k++) {
            assertEquals(true, a.ids()[k] >= 150 && a.ids()[k] < 250);
            assertEquals(a.ids()[k], (long) a.observations().get(k, 0));
        }
        assertArrayEquals(a.ids(), replay.sample(500, new RandomStream(7, "test")).ids());
    }

    @Test
    void savesAndLoadsItsCompleteContents(@TempDir Path dir) throws Exception {
        ReplayBuffer replay = new ReplayBuffer(2000, 2, 1);
        for (int i = 0; i < 2500; i++) {
            replay.add(transition(i));
        }
        replay.save(dir.resolve("replay.bin"));
        ReplayBuffer copy = new ReplayBuffer(2000, 2, 1);
        copy.load(dir.resolve("replay.bin"));
        assertEquals(2500, copy.inserted());
        long[] ids = {500, 1999, 2000, 2499};
        assertSameContents(replay.batch(ids), copy.batch(ids));
        replay.add(transition(2500));
        copy.add(transition(2500));
        assertSameContents(replay.batch(new long[] {2500, 501}), copy.batch(new long[] {2500, 501}));
    }

    private static void assertSameContents(TransitionBatch expected, TransitionBatch actual) {
        assertArrayEquals(expected.ids(), actual.ids());
        assertEquals(expected.observations(), actual.observations());
        assertEquals(expected.actions(), actual.actions());
        assertArrayEquals(expected.rewards(), actual.rewards());
        assertEquals(expected.nextObservations(), actual.nextObservations());
        assertArrayEquals(expected.terminated(), actual.terminated());
    }
}
