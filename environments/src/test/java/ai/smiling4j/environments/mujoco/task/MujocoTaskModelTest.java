package ai.smiling4j.environments.mujoco.task;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MujocoException;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a task reacts to a model it cannot use. */
class MujocoTaskModelTest {

    /** A task with no observation and no reward on a given model. */
    private static final class Bare extends MujocoTask {
        Bare(String model, int actions, double controlTimestep) {
            super(new EnvironmentSpec("bare", Box.unbounded(0), Box.uniform(actions, -1, 1), 10, 0, 1), model,
                    controlTimestep, 0);
        }

        @Override
        protected void initializeEpisode(SplittableRandom random) {
        }

        @Override
        protected void observe(float[] out) {
        }

        @Override
        protected double reward() {
            return 0;
        }
    }

    @Test
    void aModelThatDoesNotCompileFailsWithMujocosMessage() {
        MujocoException e = assertThrows(MujocoException.class, () -> new Bare("broken.xml", 1, 0.01));
        assertTrue(e.getMessage().contains("XML_ERROR_MISMATCHED_ELEMENT"), e.getMessage());
    }

    @Test
    void aMissingModelOrAMismatchedSpecIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Bare("absent.xml", 1, 0.01));
        IllegalArgumentException actions = assertThrows(IllegalArgumentException.class,
                () -> new Bare("one_motor.xml", 2, 0.01));
        assertTrue(actions.getMessage().contains("1 actuators"), actions.getMessage());
        IllegalArgumentException timestep = assertThrows(IllegalArgumentException.class,
                () -> new Bare("one_motor.xml", 1, 0.015));
        assertTrue(timestep.getMessage().contains("whole multiple"), timestep.getMessage());
    }

    @Test
    void aControlStepTakesWholePhysicsSteps() {
        try (Bare task = new Bare("one_motor.xml", 1, 0.03)) {
            task.reset(0);
            task.step(new float[] {1});
            assertEquals(0.03, task.data().time(), 1e-12);
            assertEquals(1.0, task.data().ctrl().get(0));
        }
    }
}
