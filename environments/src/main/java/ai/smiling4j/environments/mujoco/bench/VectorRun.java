package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.api.VectorEnvironment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of a model stepped through {@link VectorEnvironment#threaded} with the control noise:
 * {@code steps} vector steps after as many untimed ones, episodes of {@code episodeSteps} steps
 * reset automatically on the way.
 *
 * @param model        the MJCF file
 * @param copies       number of copies
 * @param subSteps     physics steps per environment step
 * @param episodeSteps environment steps per episode
 * @param steps        timed vector steps
 */
record VectorRun(Path model, int copies, int subSteps, int episodeSteps, int steps) {

    /** Physics steps per second, summed over the copies, on {@code threads} threads. */
    double stepsPerSecond(int threads) {
        List<NoisyPhysics> envs = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            envs.add(new NoisyPhysics(model, subSteps, episodeSteps));
        }
        try (VectorEnvironment vector = VectorEnvironment.threaded(envs, threads)) {
            ControlNoise noise = new ControlNoise(vector.spec().actionSpace(), PhysicsBench.CONTROL_NOISE);
            run(vector, noise);
            long start = System.nanoTime();
            run(vector, noise);
            return (double) steps * copies * subSteps / ((System.nanoTime() - start) * 1e-9);
        }
    }

    private void run(VectorEnvironment vector, ControlNoise noise) {
        vector.reset(0);
        float[][] actions = new float[copies][];
        for (int i = 0; i < steps; i++) {
            float[] controls = noise.controls(i);
            for (int c = 0; c < copies; c++) {
                actions[c] = controls;
            }
            vector.step(actions);
        }
    }
}
