package ai.smiling4j.solvers.dreamer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.LayerNorm;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.api.nn.Scalars;
import ai.smiling4j.solvers.common.PlainMlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DreamerV3's MLP: hidden layers of dense, LayerNorm (learned scale and offset, eps 1e-3) and an
 * activation, then an optional plain dense output layer. Built from the api's single-layer
 * {@link Mlp}s, so every dense layer is initialized the same way as elsewhere (PyTorch's default).
 */
final class NormMlp {
    private static final float EPSILON = 1e-3f;
    private final List<Mlp> hidden;
    private final List<NDArray> scales;
    private final List<NDArray> offsets;
    private final Mlp output;
    private final Activation activation;

    private NormMlp(List<Mlp> hidden, List<NDArray> scales, List<NDArray> offsets, Mlp output, Activation activation) {
        this.hidden = hidden;
        this.scales = scales;
        this.offsets = offsets;
        this.output = output;
        this.activation = activation;
    }

    /**
     * A new network.
     *
     * @param in         input size
     * @param width      width of the hidden layers
     * @param layers     number of hidden layers
     * @param out        output size, or 0 for no output layer (the last hidden layer is the output)
     * @param zeroOutput start the output layer at zero (DreamerV3's reward and critic heads)
     * @param activation after each normalization
     */
    static NormMlp create(NDManager manager, int in, int width, int layers, int out, boolean zeroOutput,
                          Activation activation, SplittableRandom random) {
        List<Mlp> hidden = new ArrayList<>();
        List<NDArray> scales = new ArrayList<>();
        List<NDArray> offsets = new ArrayList<>();
        int size = in;
        for (int l = 0; l < layers; l++) {
            hidden.add(Mlp.create(manager, new int[] {size, width}, Activation.IDENTITY, Initializer.TORCH_DEFAULT, random));
            scales.add(parameter(manager.ones(new Shape(width))));
            offsets.add(parameter(manager.zeros(new Shape(width))));
            size = width;
        }
        Mlp output = null;
        if (out > 0) {
            output = Mlp.create(manager, new int[] {size, out}, Activation.IDENTITY, Initializer.TORCH_DEFAULT, random);
            if (zeroOutput) {
                output.weight(0).set(new float[size * out]);
                output.bias(0).set(new float[out]);
            }
        }
        return new NormMlp(hidden, scales, offsets, output, activation);
    }

    private static NDArray parameter(NDArray p) {
        p.setRequiresGradient(true);
        return p;
    }

    /** Output size. */
    long outputSize() {
        return output != null ? output.sizes()[1] : hidden.get(hidden.size() - 1).sizes()[1];
    }

    NDArray forward(NDArray x) {
        NDArray h = x;
        for (int l = 0; l < hidden.size(); l++) {
            h = hidden.get(l).forward(h);
            h = LayerNorm.layerNorm(h, new Shape(h.getShape().tail()), scales.get(l), offsets.get(l), EPSILON)
                    .singletonOrThrow();
            h = activation.apply(h);
        }
        return output == null ? h : output.forward(h);
    }

    List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>();
        for (int l = 0; l < hidden.size(); l++) {
            all.addAll(hidden.get(l).parameters());
            all.add(scales.get(l));
            all.add(offsets.get(l));
        }
        if (output != null) {
            all.addAll(output.parameters());
        }
        return all;
    }

    /** A snapshot of the current values for batch-1 inference in plain Java. */
    PlainNormMlp plain() {
        PlainMlp[] dense = new PlainMlp[hidden.size()];
        float[][] s = new float[hidden.size()][];
        float[][] o = new float[hidden.size()][];
        for (int l = 0; l < hidden.size(); l++) {
            dense[l] = new PlainMlp(hidden.get(l));
            s[l] = scales.get(l).toFloatArray();
            o[l] = offsets.get(l).toFloatArray();
        }
        return new PlainNormMlp(dense, s, o, output == null ? null : new PlainMlp(output), activation, EPSILON);
    }

    /** A copy with the same values, owned by {@code manager}. */
    NormMlp copy(NDManager manager) {
        List<Mlp> h = new ArrayList<>();
        List<NDArray> s = new ArrayList<>();
        List<NDArray> o = new ArrayList<>();
        for (int l = 0; l < hidden.size(); l++) {
            h.add(hidden.get(l).copy(manager));
            s.add(parameter(manager.create(scales.get(l).toFloatArray(), scales.get(l).getShape())));
            o.add(parameter(manager.create(offsets.get(l).toFloatArray(), offsets.get(l).getShape())));
        }
        return new NormMlp(h, s, o, output == null ? null : output.copy(manager), activation);
    }

    /** Polyak averaging, in place: {@code this <- (1 - tau) this + tau source}. */
    void softUpdate(NormMlp source, double tau) {
        List<NDArray> mine = parameters();
        List<NDArray> theirs = source.parameters();
        for (int i = 0; i < mine.size(); i++) {
            try (NDArray scaled = Scalars.mul(theirs.get(i), tau)) {
                Scalars.muli(mine.get(i), 1 - tau).addi(scaled);
            }
        }
    }
}
