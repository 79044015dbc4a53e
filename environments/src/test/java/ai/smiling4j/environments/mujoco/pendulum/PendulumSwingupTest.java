package ai.smiling4j.environments.mujoco.pendulum;

import ai.smiling4j.api.StepResult;
import ai.smiling4j.environments.mujoco.task.PhysicsState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendulumSwingupTest {
    /** The 1 kg ball (radius 5 cm) 0.5 m from the hinge. */
    private static final double INERTIA = 0.5 * 0.5 + 0.4 * 0.05 * 0.05;
    private static final double GRAVITY_TORQUE = 9.81 * 0.5;

    /** Proportional-derivative torque toward upright, from the observation. */
    private static float[] holdUpright(float[] obs) {
        double angle = Math.atan2(obs[1], obs[0]);
        return new float[] {(float) Math.max(-1, Math.min(1, -20 * angle - 2 * obs[2]))};
    }

    /**
     * Torque along the motion while the energy, {@code I w^2 / 2 + m g L cos(angle)}, lies below
     * that of resting upright ({@code m g L}); none after.
     */
    private static float[] pump(float[] obs) {
        double energy = 0.5 * INERTIA * obs[2] * obs[2] + GRAVITY_TORQUE * obs[0];
        return new float[] {energy < GRAVITY_TORQUE ? (obs[2] >= 0 ? 1 : -1) : 0};
    }

    @Test
    void heldUprightItEarnsOneEveryStep() {
        try (PendulumSwingup env = new PendulumSwingup(0, 1000)) {
            env.reset(0);
            PhysicsState.of(env, 1, 1).qpos(0, 0.1).qvel(0, 0).restoreInto(env);
            float[] obs = env.step(new float[1]).observation();
            double total = 0;
            StepResult r;
            do {
                r = env.step(holdUpright(obs));
                obs = r.observation();
                assertEquals(1.0, r.reward(), "the pole fell: " + obs[0]);
                total += r.reward();
            } while (!r.done());
            assertEquals(999, total);
        }
    }

    @Test
    void hangingItEarnsNothing() {
        try (PendulumSwingup env = new PendulumSwingup(0, 1000)) {
            env.reset(0);
            PhysicsState.of(env, 1, 1).qpos(0, Math.PI).qvel(0, 0).restoreInto(env);
            for (int t = 0; t < 200; t++) {
                StepResult r = env.step(new float[1]);
                assertEquals(0.0, r.reward());
                assertEquals(-1.0, r.observation()[0], 1e-6);
            }
        }
    }

    @Test
    void theObservationIsTheAngleAsCosineAndSineAndTheAngularVelocity() {
        try (PendulumSwingup env = new PendulumSwingup(0, 1000)) {
            env.reset(0);
            PhysicsState.of(env, 1, 1).qpos(0, 0.3).qvel(0, 1.5).restoreInto(env);
            float[] obs = env.step(new float[] {0.5f}).observation();
            double[] state = env.physicsState();
            assertEquals(Math.cos(state[2]), obs[0], 1e-6);
            assertEquals(Math.sin(state[2]), obs[1], 1e-6);
            assertEquals(state[3], obs[2], 1e-5);
        }
    }

    @Test
    void theMotorIsTooWeakToLiftThePendulumDirectlyButPumpingSwingsItUp() {
        try (PendulumSwingup env = new PendulumSwingup(0, 1000)) {
            float[] obs = env.reset(0);
            PhysicsState.of(env, 1, 1).qpos(0, Math.PI).qvel(0, 0).restoreInto(env);
            double maxCosine = -1;
            for (int t = 0; t < 300; t++) {
                maxCosine = Math.max(maxCosine, env.step(new float[] {1}).observation()[0]);
            }
            assertTrue(maxCosine < 0, "a constant push lifted it to cos " + maxCosine);

            PhysicsState.of(env, 1, 1).qpos(0, Math.PI).qvel(0, 0).restoreInto(env);
            obs = env.step(new float[1]).observation();
            double upright = 0;
            for (int t = 0; t < 600; t++) {
                float[] action = obs[0] > 0.9 ? holdUpright(obs) : pump(obs);
                StepResult r = env.step(action);
                obs = r.observation();
                upright += r.reward();
            }
            assertTrue(upright > 300, "pumping kept it upright for only " + upright + " steps");
        }
    }
}
