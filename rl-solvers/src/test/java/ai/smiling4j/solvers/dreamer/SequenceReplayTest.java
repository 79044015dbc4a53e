package ai.smiling4j.solvers.dreamer;

import ai.smiling4j.api.data.Transition;
import ai.smiling4j.solvers.common.RandomStream;
import ai.smiling4j.solvers.common.SequenceReplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceReplayTest {

    /** Two episodes: 3 transitions ending in a terminal state, then 2 cut by a time limit. Observation = 10 e + t. */
    private static SequenceReplay twoEpisodes(int capacity) {
        SequenceReplay replay = new SequenceReplay(capacity, 1, 1);
        for (int t = 0; t < 3; t++) {
            replay.add(new Transition(new float[] {t}, new float[] {-t}, t + 0.5, new float[] {t + 1}, t == 2, false));
        }
        for (int t = 0; t < 2; t++) {
            replay.add(new Transition(new float[] {10 + t}, new float[] {-10 - t}, 10 + t + 0.5, new float[] {11 + t},
                    false, t == 1));
        }
        return replay;
    }

    @Test
    void episodesBecomeStepsWithFlagsAndWindowsAreLabelledByTheirTransitions(@TempDir Path dir) throws Exception {
        SequenceReplay replay = twoEpisodes(100);
        assertEquals(7, replay.size(), "3 + 1 and 2 + 1 steps");
        SequenceReplay.Window w = replay.window(new long[] {1}, 5);
        assertArrayEquals(new float[] {1, 2, 3, 10, 11}, w.observations());
        assertArrayEquals(new float[] {-1, -2, 0, -10, -11}, w.actions());
        assertArrayEquals(new boolean[] {false, false, false, true, false}, w.first());
        assertArrayEquals(new boolean[] {false, false, true, false, false}, w.terminal());
        // the reward function sees transitions 1->2, 2->3 and 10->11 and labels the steps they arrive at
        SequenceReplay.Labels labels = w.label(batch -> {
            assertArrayEquals(new long[] {1, 2, 4}, batch.ids());
            assertArrayEquals(new float[] {2, 3, 11}, batch.nextObservations().data());
            assertArrayEquals(new boolean[] {false, true, false}, batch.terminated());
            float[] r = new float[batch.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = 100 * batch.observations().data()[i];
            }
            return r;
        });
        assertArrayEquals(new float[] {0, 100, 200, 0, 1000}, labels.rewards());
        assertArrayEquals(new float[] {0, 1, 1, 0, 1}, labels.mask());

        replay.save(dir.resolve("r.bin"));
        SequenceReplay copy = new SequenceReplay(100, 1, 1);
        copy.load(dir.resolve("r.bin"));
        SequenceReplay.Window again = copy.sample(3, 4, new RandomStream(1, "x"));
        SequenceReplay.Window original = replay.sample(3, 4, new RandomStream(1, "x"));
        assertArrayEquals(original.observations(), again.observations());
        assertArrayEquals(original.last(), again.last());
    }

    @Test
    void aFullReplayForgetsTheOldestSteps() {
        SequenceReplay replay = twoEpisodes(4);
        assertEquals(4, replay.size());
        SequenceReplay.Window w = replay.sample(10, 4, new RandomStream(0, "x"));
        for (int b = 0; b < 10; b++) {
            assertArrayEquals(new float[] {3, 10, 11, 12}, java.util.Arrays.copyOfRange(w.observations(), 4 * b, 4 * b + 4));
        }
    }
}
