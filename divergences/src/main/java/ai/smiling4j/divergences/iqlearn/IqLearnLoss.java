package ai.smiling4j.divergences.iqlearn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.smiling4j.api.SoftQ;
import ai.smiling4j.api.nn.Scalars;

/**
 * IQ-Learn's critic objective (Garg et al. 2021, Eq. 10 with the chi^2 divergence), as the
 * official implementation computes it for online imitation. With the implied reward
 * {@code r(s, a, s') = Q(s, a) - gamma (1 - done) V(s')}:
 * <pre>
 * L = -E_expert[r]                                              (expert term)
 *     + E_mix[V(s) - gamma (1 - done) V(s')]                    (form "value")
 *       or (1 - gamma) E_s0[V(s0)]                              (form "v0")
 *     + 1/(4 alpha) E_regularized[r^2]                          (chi^2 regularizer)
 * </pre>
 * "mix" is the expert batch and the learner batch together (equal halves in the defaults);
 * "s0" are the first states of the expert's episodes, as the paper defines rho_0 (the official
 * code averages V over the expert batch's states instead); the regularizer averages over the mix (the
 * official {@code regularize} switch, used online) or over the expert batch alone ({@code chi}).
 * Q and V are computed once on the concatenated batch, so V's sampled actions are the same for
 * every term.
 */
final class IqLearnLoss {
    private IqLearnLoss() {
    }

    /** The second term's samples. */
    enum Form {
        /** E_mix[V(s) - gamma (1 - done) V(s')]: expert and learner states (works online). */
        VALUE,
        /** (1 - gamma) E_s0[V(s0)]: the expert's initial states. */
        V0
    }

    /**
     * Transitions as arrays of the critic's step manager.
     *
     * @param observations     {@code (n, obsDim)}
     * @param actions          {@code (n, actDim)}
     * @param nextObservations {@code (n, obsDim)}
     * @param notDone          {@code 1 - terminated}, shape {@code (n)}
     */
    record Transitions(NDArray observations, NDArray actions, NDArray nextObservations, NDArray notDone) {

        long size() {
            return notDone.getShape().get(0);
        }

        /** The expert's rows followed by the learner's. */
        Transitions concat(Transitions other) {
            return new Transitions(observations.concat(other.observations), actions.concat(other.actions),
                    nextObservations.concat(other.nextObservations), notDone.concat(other.notDone));
        }
    }

    /**
     * The loss and its terms, each a scalar.
     *
     * @param loss           the sum, to minimize
     * @param expertTerm     -E_expert[r]
     * @param valueTerm      the value term of the chosen form
     * @param chi2Term       the regularizer
     * @param expertRewards  r on the expert batch, shape {@code (nE)}
     * @param learnerRewards r on the learner batch, shape {@code (nL)}
     */
    record Terms(NDArray loss, NDArray expertTerm, NDArray valueTerm, NDArray chi2Term, NDArray expertRewards,
                 NDArray learnerRewards) {
    }

    /**
     * The objective on an expert batch and a learner batch.
     *
     * @param initialStates the expert's first states (form V0 only; may be null otherwise)
     * @param alpha         the chi^2 divergence's alpha (0.5)
     * @param expertOnly    regularize over the expert batch only instead of the mix
     */
    static Terms loss(SoftQ critic, Transitions expert, Transitions learner, Form form, NDArray initialStates,
                      double alpha, boolean expertOnly) {
        Transitions mix = expert.concat(learner);
        double gamma = critic.discount();
        NDArray nextValue = discountedNextValue(critic, mix, gamma);
        NDArray rewards = critic.q(mix.observations(), mix.actions()).sub(nextValue);
        NDArray expertRewards = rewards.get(new NDIndex("0:" + expert.size()));
        NDArray learnerRewards = rewards.get(new NDIndex(expert.size() + ":"));
        NDArray expertTerm = expertRewards.mean().neg();
        NDArray valueTerm = form == Form.VALUE
                ? critic.value(mix.observations()).sub(nextValue).mean()
                : Scalars.mul(critic.value(initialStates).mean(), 1 - gamma);
        NDArray regularized = expertOnly ? expertRewards : rewards;
        NDArray chi2Term = Scalars.mul(regularized.square().mean(), 1 / (4 * alpha));
        return new Terms(expertTerm.add(valueTerm).add(chi2Term), expertTerm, valueTerm, chi2Term, expertRewards,
                learnerRewards);
    }

    /** gamma (1 - done) V(s'), per transition. */
    static NDArray discountedNextValue(SoftQ critic, Transitions t, double gamma) {
        return Scalars.mul(critic.value(t.nextObservations()).mul(t.notDone()), gamma);
    }
}
