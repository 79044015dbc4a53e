package ai.smiling4j.api.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam with decoupled weight decay (AdamW; weight decay 0 gives plain Adam), numerically the
 * same as PyTorch's: {@code p <- p (1 - lr wd) - lr mhat / (sqrt(vhat) + eps)} with bias-corrected
 * moments. Runs one fused engine kernel per parameter, which also zeroes the gradient. Its state
 * (step count and both moments) can be saved and restored, so training resumes exactly.
 */
public final class AdamW {
    private final List<NDArray> parameters;
    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final float weightDecay;
    private float learningRate;
    private long steps;

    /**
     * @param parameters  the trainable arrays (their manager also owns the moments)
     * @param learningRate step size
     * @param beta1       decay of the first moment (0.9)
     * @param beta2       decay of the second moment (0.999)
     * @param epsilon     added to the root of the second moment (1e-8)
     * @param weightDecay decoupled decay per unit of learning rate (0.01 for PyTorch's AdamW, 0 for Adam)
     */
    public AdamW(List<NDArray> parameters, double learningRate, double beta1, double beta2, double epsilon,
                 double weightDecay) {
        this.parameters = List.copyOf(parameters);
        this.learningRate = (float) learningRate;
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.epsilon = (float) epsilon;
        this.weightDecay = (float) weightDecay;
        for (NDArray p : this.parameters) {
            means.add(p.zerosLike());
            variances.add(p.zerosLike());
        }
    }

    /** PyTorch's Adam defaults (betas 0.9, 0.999, eps 1e-8) with the given rate and decoupled decay. */
    public static AdamW withDefaults(List<NDArray> parameters, double learningRate, double weightDecay) {
        return new AdamW(parameters, learningRate, 0.9, 0.999, 1e-8, weightDecay);
    }

    /** One update from the gradients accumulated in the parameters; zeroes them. */
    public void step() {
        steps++;
        double correction2 = StrictMath.sqrt(1 - StrictMath.pow(beta2, steps));
        float stepSize = (float) (learningRate * correction2 / (1 - StrictMath.pow(beta1, steps)));
        // the kernel adds eps to sqrt(v); PyTorch adds it to sqrt(v / (1 - beta2^t)): rescale to match
        float eps = (float) (epsilon * correction2);
        for (int i = 0; i < parameters.size(); i++) {
            NDArray p = parameters.get(i);
            try (NDArray grad = p.getGradient()) {
                p.getNDArrayInternal().adamUpdate(new NDList(p, grad, means.get(i), variances.get(i)), new NDList(p),
                        learningRate, stepSize, weightDecay, 1f, -1f, beta1, beta2, eps, false, true);
            }
        }
    }

    /** Zeroes the gradients of the parameters without updating them. */
    public void zeroGradients() {
        for (NDArray p : parameters) {
            try (NDArray grad = p.getGradient()) {
                Scalars.muli(grad, 0);
            }
        }
    }

    /** The current learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** Changes the learning rate (schedules). */
    public void setLearningRate(double rate) {
        learningRate = (float) rate;
    }

    /** Number of updates so far. */
    public long steps() {
        return steps;
    }

    /** The state, as arrays: the step count, then every first moment, then every second moment. */
    public NDList state(NDManager manager) {
        NDList out = new NDList();
        out.add(manager.create(new long[] {steps}));
        means.forEach(m -> out.add(m.duplicate()));
        variances.forEach(v -> out.add(v.duplicate()));
        return out;
    }

    /** Restores what {@link #state} returned. */
    public void restore(NDList state) {
        int n = parameters.size();
        if (state.size() != 1 + 2 * n) {
            throw new IllegalArgumentException("optimizer state for " + (state.size() - 1) / 2
                    + " parameters does not fit " + n);
        }
        steps = state.get(0).toLongArray()[0];
        for (int i = 0; i < n; i++) {
            Tensors.assign(means.get(i), state.get(1 + i));
            Tensors.assign(variances.get(i), state.get(1 + n + i));
        }
    }
}
