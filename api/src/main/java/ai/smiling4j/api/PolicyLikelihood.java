package ai.smiling4j.api;

import ai.smiling4j.api.data.FloatMatrix;

/** Solver capability: its policy has a likelihood and can be trained to maximize it (behaviour cloning). */
public interface PolicyLikelihood {

    /** Mean log pi(a|s) over the pairs, without changing the policy. */
    double logLikelihood(FloatMatrix observations, FloatMatrix actions);

    /**
     * One optimizer step on {@code -mean log pi(a|s)}.
     *
     * @return the loss before the step
     */
    double maximizeLikelihoodStep(FloatMatrix observations, FloatMatrix actions);
}
