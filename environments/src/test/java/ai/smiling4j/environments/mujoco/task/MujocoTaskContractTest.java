package ai.smiling4j.environments.mujoco.task;

import ai.smiling4j.environments.shared.TaskProvider;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.StepResult;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.environments.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every MuJoCo task promises through the Environment contract, found as plugins. */
class MujocoTaskContractTest {

    /**
     * Task name to observation size, action size and control timestep, as DeepMind Control or
     * HumanoidBench defines them, and whether an episode may end early (a fall).
     */
    private record Expected(int observations, int actions, double controlTimestep, boolean mayFail) {
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("pendulum-swingup", new Expected(3, 1, 0.02, false)),
            Map.entry("cartpole-swingup", new Expected(5, 1, 0.01, false)),
            Map.entry("point_mass-easy", new Expected(4, 2, 0.02, false)),
            Map.entry("reacher-easy", new Expected(6, 2, 0.02, false)),
            Map.entry("ball_in_cup-catch", new Expected(8, 2, 0.02, false)),
            Map.entry("cheetah-run", new Expected(17, 6, 0.01, false)),
            Map.entry("walker-walk", new Expected(24, 6, 0.025, false)),
            Map.entry("hopper-stand", new Expected(15, 4, 0.02, false)),
            Map.entry("humanoid-walk", new Expected(67, 21, 0.025, false)),
            Map.entry("h1-sit", new Expected(51, 19, 0.02, true)),
            Map.entry("h1-crawl", new Expected(51, 19, 0.02, false)),
            Map.entry("h1-pole", new Expected(51, 19, 0.02, true)));

    static Map<String, TaskProvider> providers() {
        Map<String, TaskProvider> byName = new TreeMap<>();
        ServiceLoader.load(EnvironmentProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof TaskProvider && p.getClass().getPackageName().startsWith("ai.smiling4j.environments.mujoco"))
                .forEach(p -> byName.put(p.name(), (TaskProvider) p));
        return byName;
    }

    static Stream<String> tasks() {
        return EXPECTED.keySet().stream().sorted();
    }

    private static MujocoTask create(String name, long seed, int maxSteps) {
        EnvironmentProvider provider = providers().get(name);
        Options options = provider.options().resolve(Map.of("max-steps", maxSteps));
        return (MujocoTask) provider.create(options, new TestContext(seed));
    }

    private static float[] randomAction(SplittableRandom random, int dim) {
        float[] action = new float[dim];
        for (int i = 0; i < dim; i++) {
            action[i] = (float) random.nextDouble(-1.5, 1.5);
        }
        return action;
    }

    /** Observations and rewards of one episode under random actions, flattened; zeros after its end. */
    private static double[] rollout(Environment env, long seed, long actionSeed) {
        SplittableRandom actions = new SplittableRandom(actionSeed);
        int width = env.spec().observationDim() + 1;
        double[] trace = new double[(env.spec().maxEpisodeSteps() + 1) * width];
        float[] obs = env.reset(seed);
        for (int t = 0; ; t++) {
            for (int i = 0; i < obs.length; i++) {
                trace[t * width + i] = obs[i];
            }
            if (t == env.spec().maxEpisodeSteps()) {
                return trace;
            }
            StepResult r = env.step(randomAction(actions, env.spec().actionDim()));
            obs = r.observation();
            trace[(t + 1) * width + width - 1] = r.reward();
            if (r.terminated()) {
                return trace;
            }
        }
    }

    @Test
    void everyTaskIsAPlugin() {
        assertEquals(EXPECTED.keySet(), providers().keySet());
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void specsHaveDeepMindControlSizesAndMatchTheModel(String name) {
        Expected expected = EXPECTED.get(name);
        TaskProvider provider = providers().get(name);
        Options defaults = provider.options().resolve(Map.of());
        try (MujocoTask env = (MujocoTask) provider.create(defaults, new TestContext(0))) {
            assertEquals(provider.spec(defaults), env.spec());
            assertEquals(name, env.spec().name());
            assertEquals(1000, env.spec().maxEpisodeSteps());
            assertEquals(expected.observations(), env.spec().observationDim());
            assertEquals(expected.actions(), env.spec().actionDim());
            assertEquals(0, env.spec().rewardMin());
            assertEquals(1, env.spec().rewardMax());
            Box actions = env.spec().actionSpace();
            for (int i = 0; i < actions.dimension(); i++) {
                assertArrayEquals(new double[] {actions.low(i), actions.high(i)}, env.model().controlRange(i));
            }
            env.reset(0);
            env.step(new float[expected.actions()]);
            assertEquals(expected.controlTimestep(), env.physicsState()[0], 1e-12, "seconds per control step");
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void fullEpisodesHaveRewardsInTheUnitIntervalAndEndByTruncationOrAFall(String name) {
        try (MujocoTask env = create(name, 0, 1000)) {
            SplittableRandom actions = new SplittableRandom(1);
            env.reset();
            for (int t = 1; t <= 1000; t++) {
                StepResult r = env.step(randomAction(actions, env.spec().actionDim()));
                assertTrue(r.reward() >= 0 && r.reward() <= 1, "reward " + r.reward());
                for (float x : r.observation()) {
                    assertTrue(Float.isFinite(x), Arrays.toString(r.observation()));
                }
                assertTrue(!r.terminated() || EXPECTED.get(name).mayFail(), "terminated at step " + t);
                assertEquals(t == 1000 && !r.terminated(), r.truncated());
                if (r.terminated()) {
                    break;
                }
            }
            assertThrows(IllegalStateException.class, () -> env.step(new float[env.spec().actionDim()]));
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void aSeedFixesTheEpisodeBitForBit(String name) {
        try (MujocoTask a = create(name, 1, 200); MujocoTask b = create(name, 2, 200)) {
            rollout(b, 99, 5); // history must not matter
            assertArrayEquals(rollout(a, 42, 3), rollout(b, 42, 3));
            assertFalse(Arrays.equals(rollout(a, 42, 3), rollout(a, 43, 3)));
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void seedlessResetsFollowTheLastSeedOrTheRunSeed(String name) {
        try (MujocoTask a = create(name, 1, 10); MujocoTask b = create(name, 2, 10);
             MujocoTask c = create(name, 5, 10); MujocoTask d = create(name, 5, 10)) {
            a.reset(7);
            b.reset(7);
            float[] next = a.reset();
            assertArrayEquals(next, b.reset());
            assertFalse(Arrays.equals(next, a.reset()));
            assertArrayEquals(c.reset(), d.reset());
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void aRestoredPhysicsStateReplaysTheSameFutureBitForBit(String name) {
        try (MujocoTask env = create(name, 0, 100); MujocoTask other = create(name, 9, 100)) {
            SplittableRandom random = new SplittableRandom(4);
            env.reset(11);
            for (int t = 0; t < 10; t++) {
                env.step(randomAction(random, env.spec().actionDim()));
            }
            double[] saved = env.physicsState();
            assertEquals(10, saved[1]);
            float[][] actions = new float[90][];
            StepResult[] first = new StepResult[actions.length];
            int steps = 0;
            while (steps == 0 || !first[steps - 1].done()) {
                actions[steps] = randomAction(random, env.spec().actionDim());
                first[steps] = env.step(actions[steps]);
                steps++;
            }
            assertTrue(first[steps - 1].terminated() || steps == actions.length);

            other.restorePhysicsState(saved); // never reset: the state alone suffices
            assertArrayEquals(saved, other.physicsState());
            for (int t = 0; t < steps; t++) {
                StepResult again = other.step(actions[t]);
                assertArrayEquals(first[t].observation(), again.observation(), "step " + t);
                assertEquals(first[t].reward(), again.reward());
                assertEquals(first[t].terminated(), again.terminated());
                assertEquals(first[t].truncated(), again.truncated());
            }
            assertThrows(IllegalArgumentException.class, () -> other.restorePhysicsState(new double[3]));
            double[] beyond = saved.clone();
            beyond[1] = 101;
            assertThrows(IllegalArgumentException.class, () -> other.restorePhysicsState(beyond));
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void actionsAreCheckedAndClippedToTheBox(String name) {
        try (MujocoTask clipped = create(name, 0, 50); MujocoTask saturated = create(name, 0, 50)) {
            int dim = clipped.spec().actionDim();
            assertThrows(IllegalStateException.class, () -> clipped.step(new float[dim]));
            float[] huge = new float[dim];
            float[] one = new float[dim];
            Arrays.fill(huge, 1e6f);
            Arrays.fill(one, 1f);
            huge[0] = -1e6f;
            one[0] = -1f;
            clipped.reset(3);
            saturated.reset(3);
            for (boolean done = false; !done; ) {
                StepResult expected = saturated.step(one);
                assertArrayEquals(expected.observation(), clipped.step(huge).observation());
                done = expected.done();
            }
            clipped.reset(3);
            float[] nan = new float[dim];
            nan[0] = Float.NaN;
            assertThrows(IllegalArgumentException.class, () -> clipped.step(nan));
            assertThrows(IllegalArgumentException.class, () -> clipped.step(new float[dim + 1]));
        }
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void closingFreesTheModelAndMayBeRepeated(String name) {
        MujocoTask env = create(name, 0, 10);
        env.reset(0);
        env.close();
        assertTrue(env.model().isClosed());
        assertDoesNotThrow(env::close);
        assertThrows(IllegalStateException.class, () -> env.step(new float[env.spec().actionDim()]));
    }
}
