package ai.smiling4j.diffusion.ddpm;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.nn.AdamW;
import ai.smiling4j.api.nn.Tensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code ddpm-mlp} score model: the network, its AdamW optimizer and its training noise stream,
 * all owned by one engine manager. Every call works in a sub-manager that it closes.
 */
final class DdpmMlpModel implements ScoreModel {
    private static final String PARAMETERS = "parameters.ndl";
    private static final String OPTIMIZER = "optimizer.ndl";
    private static final String NOISE_STREAM = "noise-stream.ndl";

    private final DdpmSettings settings;
    private final int dimension;
    private final NDManager manager;
    private final ScoreNetwork network;
    private final AdamW optimizer;
    private final NoiseStream stream;
    private final TimeCode code;
    private final ErrorEstimator estimator;
    private long version;
    private boolean closed;

    DdpmMlpModel(DdpmSettings settings, int dimension) {
        this.settings = settings;
        this.dimension = dimension;
        this.manager = NDManager.newBaseManager();
        this.network = ScoreNetwork.create(manager, dimension, settings);
        this.optimizer = AdamW.withDefaults(network.parameters(), settings.lr(), settings.weightDecay());
        this.stream = new NoiseStream(settings.seed() ^ 0x5DEECE66DL);
        this.code = new TimeCode(settings.schedule().steps());
        this.estimator = settings.estimator() == DdpmSettings.Estimator.PLAIN
                ? new PlainEstimator(network, settings.schedule(), code)
                : new FactoredEstimator(network, settings.schedule(), code, dimension);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public NoiseSchedule schedule() {
        return settings.schedule();
    }

    @Override
    public double trainStep(FloatMatrix clean) {
        checkInput(clean);
        int n = clean.rows();
        int d = dimension;
        int[] timesteps = new int[n];
        for (int i = 0; i < n; i++) {
            timesteps[i] = stream.nextInt(settings.schedule().steps());
        }
        float[] noise = new float[n * d];
        stream.fillGaussian(noise);
        float[] noisy = new float[n * d];
        for (int i = 0; i < n; i++) {
            float a = (float) settings.schedule().signalScale(timesteps[i]);
            float b = (float) settings.schedule().noiseScale(timesteps[i]);
            for (int c = 0; c < d; c++) {
                noisy[i * d + c] = a * clean.data()[i * d + c] + b * noise[i * d + c];
            }
        }
        try (NDManager m = manager.newSubManager()) {
            float loss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray predicted = network.forward(m.create(noisy, new Shape(n, d)),
                        m.create(code.rows(timesteps), new Shape(n, TimeCode.SIZE)));
                NDArray mse = predicted.sub(m.create(noise, new Shape(n, d))).square().mean();
                collector.backward(mse);
                loss = mse.getFloat();
            }
            optimizer.step();
            parametersChanged();
            return loss;
        }
    }

    @Override
    public FloatMatrix predictNoise(FloatMatrix noisy, int[] timesteps) {
        checkInput(noisy);
        if (timesteps.length != noisy.rows()) {
            throw new IllegalArgumentException(timesteps.length + " timesteps for " + noisy.rows() + " rows");
        }
        try (NDManager m = manager.newSubManager()) {
            int n = noisy.rows();
            NDArray predicted = network.forward(m.create(noisy.data(), new Shape(n, dimension)),
                    m.create(code.rows(checkTimes(timesteps)), new Shape(n, TimeCode.SIZE)));
            return new FloatMatrix(n, dimension, predicted.toFloatArray());
        }
    }

    @Override
    public float[] denoisingError(FloatMatrix clean, DiffusionSamples samples) {
        checkInput(clean);
        samples.checkFits(clean.rows(), dimension);
        checkTimes(samples.timesteps());
        try (NDManager m = manager.newSubManager()) {
            return estimator.errors(clean, samples, m);
        }
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public ScoreModel copy() {
        checkOpen();
        DdpmMlpModel twin = new DdpmMlpModel(settings, dimension);
        twin.network.copyFrom(network);
        try (NDManager m = manager.newSubManager()) {
            twin.optimizer.restore(optimizer.state(m));
        }
        twin.stream.restore(stream.state());
        twin.version = version;
        return twin;
    }

    @Override
    public void save(Path directory) throws IOException {
        checkOpen();
        try (NDManager m = manager.newSubManager()) {
            Tensors.save(directory.resolve(PARAMETERS), network.parameters());
            Tensors.save(directory.resolve(OPTIMIZER), optimizer.state(m));
            Tensors.save(directory.resolve(NOISE_STREAM), List.of(m.create(new long[] {stream.state()})));
        }
    }

    @Override
    public void load(Path directory) throws IOException {
        checkOpen();
        Tensors.loadInto(directory.resolve(PARAMETERS), network.parameters());
        try (NDManager m = manager.newSubManager()) {
            NDList state = Tensors.load(directory.resolve(OPTIMIZER), m);
            try {
                optimizer.restore(state);
            } catch (IllegalArgumentException e) {
                throw new IOException(directory.resolve(OPTIMIZER) + ": " + e.getMessage(), e);
            }
            stream.restore(Tensors.load(directory.resolve(NOISE_STREAM), m).singletonOrThrow().toLongArray()[0]);
        }
        parametersChanged();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
        }
    }

    /** Arrays the model's own manager holds (its parameters and optimizer moments); for leak checks. */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    private void parametersChanged() {
        version++;
        estimator.parametersChanged();
    }

    private void checkInput(FloatMatrix m) {
        checkOpen();
        if (m.cols() != dimension) {
            throw new IllegalArgumentException("samples of size " + m.cols() + " for a model of size " + dimension);
        }
    }

    private int[] checkTimes(int[] timesteps) {
        for (int t : timesteps) {
            if (t < 0 || t >= settings.schedule().steps()) {
                throw new IllegalArgumentException("timestep " + t + " is outside 0.." + (settings.schedule().steps() - 1));
            }
        }
        return timesteps;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this score model is closed");
        }
    }
}
