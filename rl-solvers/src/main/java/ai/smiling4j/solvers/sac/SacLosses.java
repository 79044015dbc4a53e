package ai.smiling4j.solvers.sac;

import ai.djl.ndarray.NDArray;
import ai.smiling4j.api.nn.Scalars;

/**
 * The objectives of soft actor-critic (Haarnoja et al. 2018, "Soft Actor-Critic Algorithms and
 * Applications"), as the SMILING reference uses them: clipped double-Q targets, a reparameterized
 * actor and a learned temperature. Noise comes in as arrays, so every value is reproducible.
 */
final class SacLosses {
    private SacLosses() {
    }

    /**
     * The soft Bellman target {@code y = r + gamma (1 - d) (min_j Qbar_j(s', a') - alpha log pi(a'|s'))},
     * {@code a' = tanh(mu(s') + sigma(s') eps)}; a constant (no gradients).
     *
     * @param notTerminated {@code 1 - d}: 0 only where the episode terminated (truncation bootstraps)
     */
    static NDArray criticTarget(Actor actor, TwinCritic targetCritic, NDArray reward, NDArray notTerminated,
                                NDArray nextObservations, NDArray eps, double alpha, double gamma) {
        SquashedGaussian.Sample next = actor.detachedPolicy(nextObservations).sample(eps);
        NDArray softValue = targetCritic.detached(nextObservations, next.action()).min().sub(Scalars.mul(next.logProb(), alpha));
        return Scalars.mul(softValue.mul(notTerminated), gamma).add(reward);
    }

    /** {@code J_Q = mean (Q_1(s,a) - y)^2 + mean (Q_2(s,a) - y)^2}. */
    static NDArray criticLoss(TwinCritic.QValues q, NDArray target) {
        return q.q1().sub(target).square().mean().add(q.q2().sub(target).square().mean());
    }

    /** {@code J_pi = mean (alpha log pi(a|s) - min_j Q_j(s, a))}, a reparameterized, the critics constant. */
    static NDArray actorLoss(NDArray logProb, NDArray minQ, double alpha) {
        return Scalars.mul(logProb, alpha).sub(minQ).mean();
    }

    /** {@code J_alpha = -mean(log alpha (log pi(a|s) + targetEntropy))}, the log-likelihoods constant. */
    static NDArray temperatureLoss(NDArray logAlpha, NDArray logProb, double targetEntropy) {
        return logProb.stopGradient().add(targetEntropy).mul(logAlpha).mean().neg();
    }
}
