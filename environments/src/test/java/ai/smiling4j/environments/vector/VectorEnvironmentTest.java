package ai.smiling4j.environments.vector;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.StepResult;
import ai.smiling4j.api.VectorEnvironment;
import ai.smiling4j.api.VectorStep;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.environments.TestContext;
import ai.smiling4j.environments.classic.PendulumSwingupProvider;
import ai.smiling4j.environments.classic.PointMassProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorEnvironmentTest {

    private static float[][] actions(int n, float value) {
        float[][] actions = new float[n][1];
        for (int i = 0; i < n; i++) {
            actions[i][0] = value + i;
        }
        return actions;
    }

    @Test
    void endedEpisodesAreResetAtOnceAndTheirLastObservationKept() {
        int[] lengths = {2, 3, 5};
        List<ScriptedEnvironment> copies = List.of(new ScriptedEnvironment(2, false),
                new ScriptedEnvironment(3, true), new ScriptedEnvironment(5, false));
        try (VectorEnvironment vector = VectorEnvironment.threaded(copies, 2)) {
            float[][] first = vector.reset(100);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(new float[]{100 + i, 0, 0, 0}, first[i]);
            }
            for (int k = 1; k <= 7; k++) {
                VectorStep step = vector.step(actions(3, 10 * k));
                for (int i = 0; i < 3; i++) {
                    int length = lengths[i];
                    int episode = (k - 1) / length;
                    int t = (k - 1) % length + 1;
                    boolean ended = t == length;
                    float[] reached = {100 + i, episode, t, 10 * k + i};
                    assertEquals(t, step.rewards()[i]);
                    assertEquals(ended && i == 1, step.terminated()[i], "copy " + i + " step " + k);
                    assertEquals(ended && i != 1, step.truncated()[i], "copy " + i + " step " + k);
                    assertArrayEquals(reached, step.nextObservation(i));
                    if (ended) {
                        assertArrayEquals(reached, step.finalObservations()[i]);
                        assertArrayEquals(new float[]{100 + i, episode + 1, 0, 0}, step.observations()[i]);
                    } else {
                        assertNull(step.finalObservations()[i]);
                        assertArrayEquals(reached, step.observations()[i]);
                    }
                }
            }
        }
    }

    @Test
    void slicesRunOnTheCallersThreadAndOnThePool() {
        List<ScriptedEnvironment> copies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            copies.add(new ScriptedEnvironment(10, false));
        }
        try (VectorEnvironment vector = VectorEnvironment.threaded(copies, 2)) {
            vector.reset(0);
            vector.step(actions(4, 0));
        }
        Thread caller = Thread.currentThread();
        assertSame(caller, copies.get(0).lastThread());
        assertSame(caller, copies.get(1).lastThread());
        assertNotSame(caller, copies.get(2).lastThread());
        assertSame(copies.get(2).lastThread(), copies.get(3).lastThread());

        ScriptedEnvironment single = new ScriptedEnvironment(10, false);
        try (VectorEnvironment vector = VectorEnvironment.threaded(List.of(single), 4)) {
            vector.reset(0);
            vector.step(actions(1, 0));
        }
        assertSame(caller, single.lastThread());
    }

    @Test
    void matchesCopiesSteppedByHand() {
        for (EnvironmentProvider provider : List.of(new PendulumSwingupProvider(), new PointMassProvider())) {
            Options options = provider.options().resolve(Map.of("max-steps", 7));
            int n = 3;
            List<Environment> copies = new ArrayList<>();
            List<Environment> singles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                copies.add(provider.create(options, new TestContext(1)));
                singles.add(provider.create(options, new TestContext(1)));
            }
            SplittableRandom random = new SplittableRandom(8);
            int dim = provider.spec(options).actionDim();
            try (VectorEnvironment vector = VectorEnvironment.threaded(copies, 2)) {
                float[][] observations = vector.reset(40);
                for (int i = 0; i < n; i++) {
                    assertArrayEquals(singles.get(i).reset(40 + i), observations[i]);
                }
                for (int k = 0; k < 20; k++) {
                    float[][] actions = new float[n][dim];
                    for (float[] action : actions) {
                        for (int d = 0; d < dim; d++) {
                            action[d] = (float) random.nextDouble(-1, 1);
                        }
                    }
                    VectorStep step = vector.step(actions);
                    for (int i = 0; i < n; i++) {
                        StepResult expected = singles.get(i).step(actions[i]);
                        assertEquals(expected.reward(), step.rewards()[i]);
                        assertEquals(expected.truncated(), step.truncated()[i]);
                        assertArrayEquals(expected.observation(), step.nextObservation(i));
                        if (expected.done()) {
                            assertArrayEquals(singles.get(i).reset(), step.observations()[i]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFailingCopyFailsTheStepAfterEverySliceFinished() {
        List<ScriptedEnvironment> copies = List.of(new ScriptedEnvironment(5, false), new ScriptedEnvironment(5, false));
        try (VectorEnvironment vector = VectorEnvironment.threaded(copies, 2)) {
            vector.reset(0);
            // copy 1, on the pool, cannot read an empty action; its own exception reaches the caller
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> vector.step(new float[][]{{0}, {}}));
            assertSame(Thread.currentThread(), copies.get(0).lastThread());
            assertThrows(IllegalArgumentException.class, () -> vector.step(actions(3, 0)));
        }
    }

    @Test
    void closeClosesEveryCopyAndStopsStepping() {
        List<ScriptedEnvironment> copies = List.of(new ScriptedEnvironment(5, false), new ScriptedEnvironment(5, false));
        VectorEnvironment vector = VectorEnvironment.threaded(copies, 2);
        vector.reset(0);
        vector.close();
        vector.close();
        assertTrue(copies.get(0).closed() && copies.get(1).closed());
        assertThrows(IllegalStateException.class, () -> vector.step(actions(2, 0)));
        assertThrows(IllegalStateException.class, () -> vector.reset(0));
    }

    @Test
    void rejectsInconsistentCopies() {
        assertThrows(IllegalArgumentException.class, () -> VectorEnvironment.threaded(List.of(), 1));
        assertThrows(IllegalArgumentException.class,
                () -> VectorEnvironment.threaded(List.of(new ScriptedEnvironment(1, false)), 0));
        Environment other = new PointMassProvider().create(new PointMassProvider().options().resolve(Map.of()), new TestContext(0));
        assertThrows(IllegalArgumentException.class,
                () -> VectorEnvironment.threaded(List.of(new ScriptedEnvironment(1, false), other), 1));
    }
}
