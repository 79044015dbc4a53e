package ai.smiling4j.divergences.common;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.smiling4j.api.nn.AdamW;
import ai.smiling4j.api.nn.Tensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A divergence's own trainable arrays, their AdamW optimizer and the manager that owns both:
 * one optimizer step per loss, every step in its own sub-manager, saved and loaded as a unit.
 */
public final class NetworkTraining implements AutoCloseable {
    private final NDManager manager;
    private final List<NDArray> parameters;
    private final AdamW optimizer;
    private boolean closed;

    /**
     * @param manager      owns the parameters; closed with this object
     * @param parameters   the trainable arrays
     * @param learningRate AdamW's step size
     * @param weightDecay  AdamW's decoupled weight decay
     */
    public NetworkTraining(NDManager manager, List<NDArray> parameters, double learningRate, double weightDecay) {
        this.manager = manager;
        this.parameters = List.copyOf(parameters);
        this.optimizer = AdamW.withDefaults(this.parameters, learningRate, weightDecay);
    }

    /**
     * One optimizer step. {@code terms} builds scalar arrays in the step's manager (which it
     * receives): the first is the loss to minimize, the rest are diagnostics.
     *
     * @return every term's value, in order
     */
    public float[] step(Function<NDManager, NDList> terms) {
        float[] values;
        try (NDManager step = manager.newSubManager();
             GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDList t = terms.apply(step);
            collector.backward(t.get(0));
            values = new float[t.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = t.get(i).getFloat();
            }
        }
        optimizer.step();
        return values;
    }

    /** Evaluates without gradients in a sub-manager that is closed afterwards; return plain Java values. */
    public <T> T evaluate(Function<NDManager, T> body) {
        try (NDManager scratch = manager.newSubManager()) {
            return body.apply(scratch);
        }
    }

    /** Writes the parameters to {@code name.params} and the optimizer to {@code name.optimizer} in {@code directory}. */
    public void save(Path directory, String name) throws IOException {
        Tensors.save(directory.resolve(name + ".params"), parameters);
        try (NDManager scratch = manager.newSubManager()) {
            Tensors.save(directory.resolve(name + ".optimizer"), optimizer.state(scratch));
        }
    }

    /** Reads what {@link #save} wrote. */
    public void load(Path directory, String name) throws IOException {
        Tensors.loadInto(directory.resolve(name + ".params"), parameters);
        try (NDManager scratch = manager.newSubManager()) {
            optimizer.restore(Tensors.load(directory.resolve(name + ".optimizer"), scratch));
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
        }
    }
}
