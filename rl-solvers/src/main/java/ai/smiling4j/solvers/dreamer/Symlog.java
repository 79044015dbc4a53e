package ai.smiling4j.solvers.dreamer;

import ai.djl.ndarray.NDArray;

/** DreamerV3's squashing: {@code symlog(x) = sign(x) ln(1 + |x|)} and its inverse {@code symexp}. */
final class Symlog {
    private Symlog() {
    }

    static double symlog(double x) {
        return Math.signum(x) * StrictMath.log1p(Math.abs(x));
    }

    static double symexp(double x) {
        return Math.signum(x) * StrictMath.expm1(Math.abs(x));
    }

    static NDArray symlog(NDArray x) {
        return x.sign().mul(x.abs().add(1).log());
    }

    static NDArray symexp(NDArray x) {
        return x.sign().mul(x.abs().exp().sub(1));
    }
}
