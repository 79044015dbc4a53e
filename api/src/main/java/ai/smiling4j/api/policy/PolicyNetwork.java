package ai.smiling4j.api.policy;

import ai.smiling4j.api.nn.Activation;

import java.util.List;

/**
 * A deterministic policy as plain values: the form in which a solver hands its trained policy to
 * an exporter or to another inference engine. It computes, for an observation {@code o},
 * <pre>
 *   h_0 = (o - mean) / std                (o itself without a normalization)
 *   h_l = activation(W_l h_(l-1) + b_l)   for every layer but the last
 *   u   = W_L h_(L-1) + b_L
 *   action = center + halfRange * tanh(u)
 * </pre>
 * that is the mean action of a tanh-squashed policy, mapped into the environment's action box.
 *
 * @param normalization   the observation normalization, or null for none
 * @param layers          the dense layers, input to output
 * @param activation      the non-linearity after every layer but the last
 * @param actionCenter    the middle of the action box per coordinate
 * @param actionHalfRange half the width of the action box per coordinate
 */
public record PolicyNetwork(Normalization normalization, List<Dense> layers, Activation activation,
                            float[] actionCenter, float[] actionHalfRange) {

    /**
     * A fully connected layer {@code y = W x + b}.
     *
     * @param inputs  size of x
     * @param outputs size of y
     * @param weight  W, row-major {@code outputs x inputs}
     * @param bias    b, {@code outputs}
     */
    public record Dense(int inputs, int outputs, float[] weight, float[] bias) {
        /** Checks the sizes. */
        public Dense {
            if (inputs < 1 || outputs < 1 || weight.length != inputs * outputs || bias.length != outputs) {
                throw new IllegalArgumentException("a dense layer " + inputs + " -> " + outputs + " needs "
                        + inputs * outputs + " weights and " + outputs + " biases, got " + weight.length + " and " + bias.length);
            }
        }
    }

    /**
     * The observation normalization {@code (o - mean) / std}.
     *
     * @param mean subtracted per coordinate
     * @param std  divided by per coordinate, positive
     */
    public record Normalization(float[] mean, float[] std) {
        /** Checks the sizes and that every std is positive. */
        public Normalization {
            if (mean.length != std.length) {
                throw new IllegalArgumentException("normalization mean and std differ in size: " + mean.length + " vs " + std.length);
            }
            for (float s : std) {
                if (!(s > 0) || !Float.isFinite(s)) {
                    throw new IllegalArgumentException("normalization std must be positive and finite, got " + s);
                }
            }
        }
    }

    /** Checks that the layers chain and that the normalization and the action box fit them. */
    public PolicyNetwork {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a policy network needs at least one layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputs() != layers.get(l - 1).outputs()) {
                throw new IllegalArgumentException("layer " + l + " takes " + layers.get(l).inputs()
                        + " inputs but layer " + (l - 1) + " gives " + layers.get(l - 1).outputs());
            }
        }
        int actions = layers.get(layers.size() - 1).outputs();
        if (actionCenter.length != actions || actionHalfRange.length != actions) {
            throw new IllegalArgumentException("the action box has " + actionCenter.length + "/" + actionHalfRange.length
                    + " coordinates, the network " + actions + " outputs");
        }
        if (normalization != null && normalization.mean().length != layers.get(0).inputs()) {
            throw new IllegalArgumentException("the normalization has " + normalization.mean().length
                    + " coordinates, the network " + layers.get(0).inputs() + " inputs");
        }
    }

    /** Size of an observation. */
    public int observationDim() {
        return layers.get(0).inputs();
    }

    /** Size of an action. */
    public int actionDim() {
        return layers.get(layers.size() - 1).outputs();
    }

    /** Widths of the hidden layers, e.g. {@code 256x256}; empty for a single layer. */
    public String hiddenShape() {
        return String.join("x", layers.subList(0, layers.size() - 1).stream().map(d -> Integer.toString(d.outputs())).toList());
    }

    /**
     * The action for one observation, computed in double precision from the definition above: the
     * reference that exported models are checked against.
     */
    public double[] act(float[] observation) {
        if (observation.length != observationDim()) {
            throw new IllegalArgumentException("the policy takes observations of size " + observationDim() + ", got " + observation.length);
        }
        double[] h = new double[observation.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = normalization == null ? observation[i] : (observation[i] - (double) normalization.mean()[i]) / normalization.std()[i];
        }
        for (int l = 0; l < layers.size(); l++) {
            Dense d = layers.get(l);
            double[] y = new double[d.outputs()];
            for (int o = 0; o < d.outputs(); o++) {
                double s = d.bias()[o];
                for (int i = 0; i < d.inputs(); i++) {
                    s += (double) d.weight()[o * d.inputs() + i] * h[i];
                }
                y[o] = l + 1 < layers.size() ? activate(s) : s;
            }
            h = y;
        }
        double[] action = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            action[i] = actionCenter[i] + (double) actionHalfRange[i] * Math.tanh(h[i]);
        }
        return action;
    }

    private double activate(double v) {
        return switch (activation) {
            case IDENTITY -> v;
            case RELU -> Math.max(v, 0);
            case LEAKY_RELU -> v > 0 ? v : Activation.LEAKY_RELU_SLOPE * v;
            case SILU -> v / (1 + Math.exp(-v));
            case TANH -> Math.tanh(v);
        };
    }
}
