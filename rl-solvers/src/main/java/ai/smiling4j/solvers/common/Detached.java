package ai.smiling4j.solvers.common;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.core.Linear;
import ai.smiling4j.api.nn.Mlp;

/** Running a network as a constant: gradients may flow to its input, never into its parameters. */
public final class Detached {
    private Detached() {
    }

    /**
     * The output of {@code mlp} for {@code x}, computed with detached views of the parameters (no
     * copies). The views belong to {@code x}'s manager, so they are freed with the step.
     */
    public static NDArray forward(Mlp mlp, NDArray x) {
        NDManager step = x.getManager();
        NDArray h = x;
        for (int l = 0; l < mlp.depth(); l++) {
            NDArray w = mlp.weight(l).stopGradient();
            NDArray b = mlp.bias(l).stopGradient();
            w.attach(step);
            b.attach(step);
            h = Linear.linear(h, w, b).singletonOrThrow();
            if (l + 1 < mlp.depth()) {
                h = mlp.activation().apply(h);
            }
        }
        return h;
    }
}
