package ai.smiling4j.solvers.sac;

import ai.djl.ndarray.NDArray;
import ai.smiling4j.api.nn.Scalars;

/**
 * The SAC policy at a batch of states: {@code a = tanh(u)}, {@code u ~ N(mean, exp(logStd)^2)}
 * independently per action dimension.
 *
 * @param mean   {@code (n, |A|)}
 * @param logStd {@code (n, |A|)}, inside [{@link #LOG_STD_MIN}, {@link #LOG_STD_MAX}]
 */
record SquashedGaussian(NDArray mean, NDArray logStd) {
    static final double LOG_STD_MIN = -5;
    static final double LOG_STD_MAX = 2;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LOG_TWO = Math.log(2);

    /** A sample and its log-likelihood. */
    record Sample(NDArray action, NDArray logProb) {
    }

    /** The reference's bounded log standard deviation: {@code -5 + 3.5 (tanh(raw) + 1)}. */
    static NDArray boundedLogStd(NDArray raw) {
        return Scalars.mul(raw.tanh().add(1), 0.5 * (LOG_STD_MAX - LOG_STD_MIN)).add(LOG_STD_MIN);
    }

    /** The same mapping for one value, for inference in plain Java. */
    static double boundedLogStd(double raw) {
        return LOG_STD_MIN + 0.5 * (LOG_STD_MAX - LOG_STD_MIN) * (Math.tanh(raw) + 1);
    }

    /**
     * The reparameterized sample {@code a = tanh(mean + exp(logStd) eps)} for standard normal
     * noise {@code eps}, with its log-likelihood (gradients flow through both).
     */
    Sample sample(NDArray eps) {
        NDArray u = eps.mul(logStd.exp()).add(mean);
        return new Sample(u.tanh(), logProb(eps, u));
    }

    /** log pi(tanh(u)) for pre-squash values {@code u}, shape {@code (n)}. */
    NDArray logProbOfPreSquash(NDArray u) {
        return logProb(u.sub(mean).div(logStd.exp()), u);
    }

    /**
     * {@code sum_i [log N(u_i; mean_i, std_i) - log(1 - tanh(u_i)^2)]} with
     * {@code log N = -eps^2/2 - log std - log(2 pi)/2}, {@code eps = (u - mean)/std}, and the
     * squashing correction in its stable form {@code log(1 - tanh(u)^2) = 2 (log 2 - u - softplus(-2u))}.
     */
    private NDArray logProb(NDArray eps, NDArray u) {
        NDArray gaussian = Scalars.mul(eps.square(), -0.5).sub(logStd).sub(HALF_LOG_TWO_PI);
        NDArray logSquashSlope = Scalars.mul(softplus(Scalars.mul(u, -2)).add(u).neg().add(LOG_TWO), 2);
        return gaussian.sub(logSquashSlope).sum(new int[] {1});
    }

    /** log(1 + exp(x)) without overflow: max(x, 0) + log(1 + exp(-|x|)). */
    private static NDArray softplus(NDArray x) {
        return x.abs().neg().exp().add(1).log().add(Scalars.maximum(x, 0));
    }
}
