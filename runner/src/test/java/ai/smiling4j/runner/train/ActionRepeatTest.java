package ai.smiling4j.runner.train;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.StepResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionRepeatTest {

    /** Ten steps; step t (from 1) earns t times the action and observes {t}. */
    private static final class Counter implements Environment {
        final List<Float> actions = new ArrayList<>();
        private int t;

        @Override
        public EnvironmentSpec spec() {
            return new EnvironmentSpec("counter", Box.unbounded(1), Box.uniform(1, -1, 1), 10, -10, 10);
        }

        @Override
        public float[] reset(long seed) {
            t = 0;
            return new float[] {0};
        }

        @Override
        public float[] reset() {
            return reset(0);
        }

        @Override
        public StepResult step(float[] action) {
            t++;
            actions.add(action[0]);
            return new StepResult(new float[] {t}, t * action[0], false, t == 10, Map.of());
        }

        @Override
        public void close() {
        }
    }

    @Test
    void eachActionLastsKTaskStepsAndTheReturnIsTheTasks() {
        Counter task = new Counter();
        ActionRepeat env = new ActionRepeat(task, 3);
        assertEquals(new EnvironmentSpec("counter", Box.unbounded(1), Box.uniform(1, -1, 1), 4, -30, 30), env.spec());
        env.reset(0);
        double[] rewards = new double[4];
        for (int i = 0; i < 4; i++) {
            StepResult r = env.step(new float[] {i + 1});
            rewards[i] = r.reward();
            assertEquals(Math.min(10, 3 * (i + 1)), r.observation()[0], "the observation after the repeat");
            assertEquals(i == 3, r.truncated(), "only the last, shortened repeat ends the episode");
            assertFalse(r.terminated());
        }
        // (1 + 2 + 3) * 1, (4 + 5 + 6) * 2, (7 + 8 + 9) * 3, 10 * 4
        assertArrayEquals(new double[] {6, 30, 72, 40}, rewards);
        assertEquals(List.of(1f, 1f, 1f, 2f, 2f, 2f, 3f, 3f, 3f, 4f), task.actions);
        assertTrue(ActionRepeat.spec(task.spec(), 1).equals(task.spec()), "a repeat of 1 changes nothing");
    }
}
