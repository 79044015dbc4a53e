package ai.smiling4j.environments;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.StepResult;

import java.util.function.UnaryOperator;

/** Scripted rollouts shared by the task tests. */
public final class Rollouts {
    private Rollouts() {
    }

    /** The return of one episode from {@code seed} under a scripted policy. */
    public static double episodeReturn(Environment env, long seed, UnaryOperator<float[]> policy) {
        float[] obs = env.reset(seed);
        double total = 0;
        StepResult r;
        do {
            r = env.step(policy.apply(obs));
            obs = r.observation();
            total += r.reward();
        } while (!r.done());
        return total;
    }

    /** Proportional-derivative control of a point mass (observation: position 2, velocity 2) toward the origin. */
    public static float[] pointMassTowardOrigin(float[] obs) {
        return new float[] {clip(-20 * obs[0] - 2 * obs[2]), clip(-20 * obs[1] - 2 * obs[3])};
    }

    /** {@code u} clipped to [-1, 1]. */
    public static float clip(double u) {
        return (float) Math.max(-1, Math.min(1, u));
    }
}
