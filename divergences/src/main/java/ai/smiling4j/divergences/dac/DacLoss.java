package ai.smiling4j.divergences.dac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.core.Linear;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.api.nn.Scalars;

/**
 * DAC's discriminator objective (Kostrikov et al., as the SMILING reference trains it), for a
 * discriminator {@code D(x) = w2 . act(W1 x + b1) + b2} that outputs a logit:
 * <pre>
 * L = 0.5 [BCE(D(x_learner), 0) + BCE(D(x_expert), 1)] + lambda (||grad_x D(x_hat)|| - 1)^2,
 * x_hat = a x_learner + (1 - a) x_expert,  a ~ U(0, 1) per pair,
 * r(x) = -log(1 - sigmoid(D(x)) + 1e-8).
 * </pre>
 * The penalty needs the derivative of {@code ||grad_x D||} with respect to the parameters. The
 * engine offers no double backward, so {@link #inputGradient} writes {@code grad_x D} out as array
 * operations that autograd differentiates: {@code grad_x D = W1^T (w2 * act'(W1 x + b1))}. The
 * slope {@code act'} is piecewise constant (1 or 0.01 for LeakyReLU, 1 for the linear ablation),
 * so holding it constant gives the exact gradient wherever it exists, as PyTorch's
 * {@code create_graph=True} does.
 */
final class DacLoss {
    private DacLoss() {
    }

    /** D(x): the discriminator's logit for each row, shape {@code (n)}. */
    static NDArray logits(Mlp discriminator, NDArray x) {
        return discriminator.forward(x).reshape(-1);
    }

    /** 0.5 [BCE(D(x_learner), 0) + BCE(D(x_expert), 1)], each a mean over its samples. */
    static NDArray crossEntropy(NDArray learnerLogits, NDArray expertLogits) {
        return Scalars.mul(softplus(learnerLogits).mean().add(softplus(expertLogits.neg()).mean()), 0.5);
    }

    /** BCE(sigmoid(z), 0) = log(1 + e^z), computed as max(z, 0) + log(1 + e^-|z|). */
    static NDArray softplus(NDArray z) {
        return Scalars.maximum(z, 0).add(z.abs().neg().exp().add(1f).log());
    }

    /** x_hat = a x_learner + (1 - a) x_expert, with {@code a} of shape {@code (n, 1)}. */
    static NDArray interpolates(NDArray learner, NDArray expert, NDArray a) {
        return learner.mul(a).add(expert.mul(a.neg().add(1f)));
    }

    /** grad_x D(x) = W1^T (w2 * act'(W1 x + b1)) for each row, shape {@code (n, d)}. */
    static NDArray inputGradient(Mlp discriminator, NDArray x) {
        NDArray preActivation = Linear.linear(x, discriminator.weight(0), discriminator.bias(0)).singletonOrThrow();
        return slope(discriminator, preActivation).mul(discriminator.weight(1)).matMul(discriminator.weight(0));
    }

    /** act'(h), constant: 1 where h > 0 and 0.01 elsewhere for LeakyReLU (PyTorch's choice at 0), 1 for identity. */
    private static NDArray slope(Mlp discriminator, NDArray h) {
        return switch (discriminator.activation()) {
            case IDENTITY -> h.onesLike();
            case LEAKY_RELU -> Scalars.mul(h.gt(0f).toType(DataType.FLOAT32, false), 0.99).add(0.01f);
            default -> throw new IllegalArgumentException("DAC's penalty supports leaky-relu and identity, not "
                    + discriminator.activation().configName());
        };
    }

    /**
     * (||grad_x D(x_hat)|| - 1)^2, mean over the interpolates. A 1e-12 inside the root keeps its
     * gradient finite where the input gradient vanishes.
     */
    static NDArray gradientPenalty(Mlp discriminator, NDArray interpolates) {
        NDArray g = inputGradient(discriminator, interpolates);
        return g.square().sum(new int[] {1}).add(1e-12f).sqrt().sub(1f).square().mean();
    }

    /** r = -log(1 - sigmoid(D) + 1e-8), with 1 - sigmoid(z) evaluated as 1 / (1 + e^z). */
    static float reward(float logit) {
        return (float) -Math.log(1 / (1 + Math.exp(logit)) + 1e-8);
    }
}
