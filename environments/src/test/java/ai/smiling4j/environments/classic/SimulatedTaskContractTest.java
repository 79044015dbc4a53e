package ai.smiling4j.environments.classic;

import ai.smiling4j.api.StepResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every pure-Java task promises through the Environment contract. */
class SimulatedTaskContractTest {

    /** The tasks, made from a seed and an episode length. */
    static Stream<BiFunction<Long, Integer, SimulatedTask>> tasks() {
        return Stream.of(PendulumSwingup::new, PointMassReach::new);
    }

    private static float[] randomAction(SplittableRandom random, int dim) {
        float[] action = new float[dim];
        for (int i = 0; i < dim; i++) {
            action[i] = (float) random.nextDouble(-1.5, 1.5);
        }
        return action;
    }

    /** Observations and rewards of one episode under random actions drawn with {@code actionSeed}, flattened. */
    private static double[] rollout(SimulatedTask env, long seed, long actionSeed) {
        SplittableRandom actions = new SplittableRandom(actionSeed);
        float[] first = env.reset(seed);
        int steps = env.spec().maxEpisodeSteps();
        int width = env.spec().observationDim() + 1;
        double[] trace = new double[(steps + 1) * width];
        for (int i = 0; i < first.length; i++) {
            trace[i] = first[i];
        }
        for (int t = 1; t <= steps; t++) {
            StepResult r = env.step(randomAction(actions, env.spec().actionDim()));
            for (int i = 0; i < r.observation().length; i++) {
                trace[t * width + i] = r.observation()[i];
            }
            trace[t * width + width - 1] = r.reward();
        }
        return trace;
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void aSeedFixesTheEpisodeBitForBit(BiFunction<Long, Integer, SimulatedTask> task) {
        SimulatedTask a = task.apply(1L, 200);
        SimulatedTask b = task.apply(2L, 200);
        rollout(b, 99, 5); // history must not matter
        assertArrayEquals(rollout(a, 42, 3), rollout(b, 42, 3));
        assertFalse(Arrays.equals(rollout(a, 42, 3), rollout(a, 43, 3)));
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void seedlessResetsFollowTheLastSeed(BiFunction<Long, Integer, SimulatedTask> task) {
        SimulatedTask a = task.apply(1L, 10);
        SimulatedTask b = task.apply(2L, 10);
        a.reset(7);
        b.reset(7);
        float[] nextA = a.reset();
        assertArrayEquals(nextA, b.reset());
        assertFalse(Arrays.equals(nextA, a.reset()));
        // Seedless from construction: the constructor's seed decides.
        assertArrayEquals(task.apply(5L, 10).reset(), task.apply(5L, 10).reset());
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void rewardsStayInTheUnitIntervalAndEpisodesAreTruncatedOnTime(BiFunction<Long, Integer, SimulatedTask> task) {
        SimulatedTask env = task.apply(0L, 300);
        SplittableRandom actions = new SplittableRandom(1);
        for (int episode = 0; episode < 3; episode++) {
            env.reset();
            for (int t = 1; t <= 300; t++) {
                StepResult r = env.step(randomAction(actions, env.spec().actionDim()));
                assertTrue(r.reward() >= 0 && r.reward() <= 1, "reward " + r.reward());
                assertTrue(env.spec().observationSpace().contains(r.observation()));
                assertFalse(r.terminated());
                assertEquals(t == 300, r.truncated());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void stepWithoutARunningEpisodeFails(BiFunction<Long, Integer, SimulatedTask> task) {
        SimulatedTask env = task.apply(0L, 2);
        float[] action = new float[env.spec().actionDim()];
        assertThrows(IllegalStateException.class, () -> env.step(action));
        env.reset(0);
        env.step(action);
        assertTrue(env.step(action).truncated());
        assertThrows(IllegalStateException.class, () -> env.step(action));
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void actionsAreClippedToTheBox(BiFunction<Long, Integer, SimulatedTask> task) {
        SimulatedTask clipped = task.apply(0L, 50);
        SimulatedTask saturated = task.apply(0L, 50);
        int dim = clipped.spec().actionDim();
        float[] huge = new float[dim];
        float[] one = new float[dim];
        Arrays.fill(huge, 1e6f);
        Arrays.fill(one, 1f);
        huge[0] = -1e6f;
        one[0] = -1f;
        clipped.reset(3);
        saturated.reset(3);
        for (int t = 0; t < 50; t++) {
            assertArrayEquals(saturated.step(one).observation(), clipped.step(huge).observation());
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void malformedActionsAreRejected(BiFunction<Long, Integer, SimulatedTask> task) {
        SimulatedTask env = task.apply(0L, 10);
        env.reset(0);
        float[] nan = new float[env.spec().actionDim()];
        nan[0] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> env.step(nan));
        assertThrows(IllegalArgumentException.class, () -> env.step(new float[env.spec().actionDim() + 1]));
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void aRestoredPhysicsStateReplaysTheSameFuture(BiFunction<Long, Integer, SimulatedTask> task) {
        SimulatedTask env = task.apply(0L, 100);
        SplittableRandom random = new SplittableRandom(4);
        env.reset(11);
        for (int t = 0; t < 30; t++) {
            env.step(randomAction(random, env.spec().actionDim()));
        }
        double[] saved = env.physicsState();
        float[][] actions = new float[70][];
        for (int t = 0; t < actions.length; t++) {
            actions[t] = randomAction(random, env.spec().actionDim());
        }
        StepResult[] first = new StepResult[actions.length];
        for (int t = 0; t < actions.length; t++) {
            first[t] = env.step(actions[t]);
        }
        assertTrue(first[actions.length - 1].truncated());

        SimulatedTask other = task.apply(9L, 100); // never reset: the state alone must suffice
        other.restorePhysicsState(saved);
        assertArrayEquals(saved, other.physicsState());
        for (int t = 0; t < actions.length; t++) {
            StepResult again = other.step(actions[t]);
            assertArrayEquals(first[t].observation(), again.observation());
            assertEquals(first[t].reward(), again.reward());
            assertEquals(first[t].truncated(), again.truncated());
        }
        assertThrows(IllegalArgumentException.class, () -> other.restorePhysicsState(new double[1]));
    }
}
