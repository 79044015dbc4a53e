package ai.smiling4j.divergences.smiling;

/**
 * SMILING's reward, as in the paper: for a sample x and shared pairs (t_k, eps_k),
 * r(x) = (1/K) sum_k [ mse_d(eps_L(x_tk, t_k) - eps_k) - mse_d(eps_E(x_tk, t_k) - eps_k) ],
 * the learner model's denoising error minus the expert model's. High where the expert model
 * denoises well and the learner model does not; its mean under the learner's distribution
 * estimates the diffusion score divergence.
 */
final class SmilingReward {
    private SmilingReward() {
    }

    /** r = learner error - expert error, per sample. */
    static float[] reward(float[] learnerError, float[] expertError) {
        float[] r = new float[learnerError.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = learnerError[i] - expertError[i];
        }
        return r;
    }
}
