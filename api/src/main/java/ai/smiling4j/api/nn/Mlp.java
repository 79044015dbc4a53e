package ai.smiling4j.api.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron on raw arrays: dense layers {@code y = x W^T + b} with one activation
 * between them and none after the last. Parameters are trainable arrays owned by the manager
 * given at creation; gradients flow into them inside a gradient collector.
 */
public final class Mlp {
    private final List<NDArray> weights;
    private final List<NDArray> biases;
    private final Activation activation;
    private final int[] sizes;

    private Mlp(List<NDArray> weights, List<NDArray> biases, Activation activation, int[] sizes) {
        this.weights = weights;
        this.biases = biases;
        this.activation = activation;
        this.sizes = sizes.clone();
    }

    /**
     * A new network.
     *
     * @param manager    owns the parameters
     * @param sizes      layer widths, input first and output last (at least two)
     * @param activation between layers
     * @param init       how weights start
     * @param random     the stream the initial values come from
     */
    public static Mlp create(NDManager manager, int[] sizes, Activation activation, Initializer init,
                             SplittableRandom random) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs an input and an output size");
        }
        List<NDArray> w = new ArrayList<>();
        List<NDArray> b = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            w.add(parameter(manager, init.weights(out, in, random), new Shape(out, in)));
            b.add(parameter(manager, init.bias(out, in, random), new Shape(out)));
        }
        return new Mlp(w, b, activation, sizes);
    }

    private static NDArray parameter(NDManager manager, float[] values, Shape shape) {
        NDArray p = manager.create(values, shape);
        p.setRequiresGradient(true);
        return p;
    }

    /** The output for a batch of inputs, shape {@code (n, sizes[last])}. */
    public NDArray forward(NDArray x) {
        NDArray h = x;
        for (int l = 0; l < weights.size(); l++) {
            h = ai.djl.nn.core.Linear.linear(h, weights.get(l), biases.get(l)).singletonOrThrow();
            if (l + 1 < weights.size()) {
                h = activation.apply(h);
            }
        }
        return h;
    }

    /** Every parameter, weights and bias of each layer in turn. */
    public List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            all.add(weights.get(l));
            all.add(biases.get(l));
        }
        return all;
    }

    /** The weight of layer {@code l}, shape {@code (out, in)}. */
    public NDArray weight(int l) {
        return weights.get(l);
    }

    /** The bias of layer {@code l}. */
    public NDArray bias(int l) {
        return biases.get(l);
    }

    /** Number of dense layers. */
    public int depth() {
        return weights.size();
    }

    /** Layer widths, input first. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The activation between layers. */
    public Activation activation() {
        return activation;
    }

    /** A copy with the same values, its parameters owned by {@code manager}. */
    public Mlp copy(NDManager manager) {
        List<NDArray> w = new ArrayList<>();
        List<NDArray> b = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            w.add(duplicate(manager, weights.get(l)));
            b.add(duplicate(manager, biases.get(l)));
        }
        return new Mlp(w, b, activation, sizes);
    }

    private static NDArray duplicate(NDManager manager, NDArray p) {
        NDArray c = manager.create(p.toFloatArray(), p.getShape());
        c.setRequiresGradient(true);
        return c;
    }

    /** Polyak averaging, in place: {@code this <- (1 - tau) this + tau source}. */
    public void softUpdate(Mlp source, double tau) {
        List<NDArray> mine = parameters();
        List<NDArray> theirs = source.parameters();
        for (int i = 0; i < mine.size(); i++) {
            NDArray p = mine.get(i);
            try (NDArray scaled = Scalars.mul(theirs.get(i), tau)) {
                Scalars.muli(p, 1 - tau).addi(scaled);
            }
        }
    }

    /** Copies every value of {@code source} into this network, in place. */
    public void copyFrom(Mlp source) {
        List<NDArray> mine = parameters();
        List<NDArray> theirs = source.parameters();
        for (int i = 0; i < mine.size(); i++) {
            Tensors.assign(mine.get(i), theirs.get(i));
        }
    }
}
