package ai.smiling4j.solvers.sac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.solvers.common.Detached;

/** The SAC actor: an MLP from an observation to the mean and the raw log-std of a {@link SquashedGaussian}. */
final class Actor {
    private final Mlp network;

    /** An actor around a network with {@code 2 |A|} outputs: the means, then the raw log-stds. */
    Actor(Mlp network) {
        this.network = network;
    }

    /** The policy at {@code observations}, with gradients into the actor. */
    SquashedGaussian policy(NDArray observations) {
        return distribution(network.forward(observations));
    }

    /** The policy at {@code observations}, the actor held constant. */
    SquashedGaussian detachedPolicy(NDArray observations) {
        return distribution(Detached.forward(network, observations));
    }

    /** The deterministic policy's actions in [-1, 1], {@code tanh(mean)}, the actor held constant. */
    NDArray meanAction(NDArray observations) {
        return Detached.forward(network, observations).split(2, 1).get(0).tanh();
    }

    private static SquashedGaussian distribution(NDArray output) {
        NDList halves = output.split(2, 1);
        return new SquashedGaussian(halves.get(0), SquashedGaussian.boundedLogStd(halves.get(1)));
    }

    Mlp network() {
        return network;
    }
}
