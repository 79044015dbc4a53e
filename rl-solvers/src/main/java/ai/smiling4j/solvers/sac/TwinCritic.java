package ai.smiling4j.solvers.sac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.solvers.common.Detached;

import java.util.ArrayList;
import java.util.List;

/** Two independent Q-networks on [observation, action in [-1, 1]] (clipped double Q). */
final class TwinCritic {
    private final Mlp q1;
    private final Mlp q2;

    /** Both Q-values of a batch, shape {@code (n)} each. */
    record QValues(NDArray q1, NDArray q2) {
        /** The elementwise minimum, the pessimistic estimate SAC uses. */
        NDArray min() {
            return q1.minimum(q2);
        }
    }

    TwinCritic(Mlp q1, Mlp q2) {
        this.q1 = q1;
        this.q2 = q2;
    }

    /** Q(s, a) with gradients into the critics. */
    QValues q(NDArray observations, NDArray actions) {
        NDArray x = NDArrays.concat(new NDList(observations, actions), 1);
        return new QValues(q1.forward(x).reshape(-1), q2.forward(x).reshape(-1));
    }

    /** Q(s, a) with the critics held constant (gradients still reach {@code actions}). */
    QValues detached(NDArray observations, NDArray actions) {
        NDArray x = NDArrays.concat(new NDList(observations, actions), 1);
        return new QValues(Detached.forward(q1, x).reshape(-1), Detached.forward(q2, x).reshape(-1));
    }

    /** A copy with the same values (the target critic), owned by {@code manager}. */
    TwinCritic copy(NDManager manager) {
        return new TwinCritic(q1.copy(manager), q2.copy(manager));
    }

    /** Polyak averaging towards {@code source}: {@code this <- (1 - tau) this + tau source}. */
    void softUpdate(TwinCritic source, double tau) {
        q1.softUpdate(source.q1, tau);
        q2.softUpdate(source.q2, tau);
    }

    /** Every parameter, first critic first. */
    List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>(q1.parameters());
        all.addAll(q2.parameters());
        return all;
    }
}
