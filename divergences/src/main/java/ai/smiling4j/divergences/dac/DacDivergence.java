package ai.smiling4j.divergences.dac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.divergences.common.BinaryState;
import ai.smiling4j.divergences.common.DiscriminatorPairs;
import ai.smiling4j.divergences.common.Matrices;
import ai.smiling4j.divergences.common.NetworkTraining;
import ai.smiling4j.divergences.common.RewardStatistics;
import ai.smiling4j.divergences.common.SampleBuffer;
import ai.smiling4j.divergences.common.Streams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * DAC: every {@code update-every} steps, one pass of {@link DacLoss} over pairs of learner samples
 * (from a FIFO of the learner's recent history) and expert samples (from the demonstrations);
 * every replayed transition is rewarded by the current discriminator. No absorbing states.
 */
final class DacDivergence implements Divergence {
    private static final long INIT = 1;
    private static final long DRAW = 2;
    private static final long INTERPOLATION = 3;
    private static final String[] TERMS = {"dac_loss", "bce_loss", "gradient_penalty", "expert_accuracy",
            "learner_accuracy"};

    private final DacSettings settings;
    private final long seed;
    private final Mlp discriminator;
    private final NetworkTraining training;
    private final SampleBuffer buffer;
    private FloatMatrix expert;
    private long updates;
    private double[] terms = nan(TERMS.length);
    private double rewardMean = Double.NaN;
    private double rewardStd = Double.NaN;

    /**
     * @param manager owns the discriminator; closed with this divergence
     * @param dim     size of one sample
     */
    DacDivergence(DacSettings settings, NDManager manager, int dim, long seed) {
        this.settings = settings;
        this.seed = seed;
        this.discriminator = Mlp.create(manager, new int[] {dim, settings.hidden(), 1}, settings.activation(),
                Initializer.TORCH_DEFAULT, Streams.of(seed, INIT, 0));
        this.training = new NetworkTraining(manager, discriminator.parameters(), settings.learningRate(),
                settings.weightDecay());
        this.buffer = new SampleBuffer(settings.buffer(), dim);
    }

    Mlp discriminator() {
        return discriminator;
    }

    @Override
    public void fitExpert(Demonstrations demonstrations) {
        expert = settings.input().of(demonstrations);
    }

    @Override
    public void observe(Transition transition) {
        settings.input().add(buffer, transition);
    }

    @Override
    public int updatePeriod() {
        return settings.updateEvery();
    }

    @Override
    public Map<String, Double> update() {
        if (buffer.size() == 0) {
            return Map.of();
        }
        DiscriminatorPairs pairs = DiscriminatorPairs.draw(buffer, expert, settings.pairs(), Streams.of(seed, DRAW, updates));
        SplittableRandom mixing = Streams.of(seed, INTERPOLATION, updates);
        terms = pairs.train(settings.batchSize(), (learner, expertBatch) -> step(learner, expertBatch, mixing));
        updates++;
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < TERMS.length; i++) {
            out.put(TERMS[i], terms[i]);
        }
        return out;
    }

    private float[] step(FloatMatrix learner, FloatMatrix expertBatch, SplittableRandom mixing) {
        float[] a = new float[learner.rows()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) mixing.nextDouble();
        }
        return training.step(m -> {
            NDArray xl = array(m, learner);
            NDArray xe = array(m, expertBatch);
            NDArray learnerLogits = DacLoss.logits(discriminator, xl);
            NDArray expertLogits = DacLoss.logits(discriminator, xe);
            NDArray bce = DacLoss.crossEntropy(learnerLogits, expertLogits);
            NDArray penalty = DacLoss.gradientPenalty(discriminator,
                    DacLoss.interpolates(xl, xe, m.create(a, new Shape(a.length, 1))));
            return new NDList(bce.add(penalty.mul((float) settings.penalty())), bce, penalty,
                    expertLogits.gt(0f).toType(DataType.FLOAT32, false).mean(),
                    learnerLogits.lt(0f).toType(DataType.FLOAT32, false).mean());
        });
    }

    /** The discriminator's logits D(x), one per row. */
    float[] logits(FloatMatrix x) {
        return training.evaluate(m -> DacLoss.logits(discriminator, array(m, x)).toFloatArray());
    }

    @Override
    public float[] rewards(TransitionBatch batch) {
        float[] d = logits(settings.input().of(batch));
        float[] r = new float[d.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = DacLoss.reward(d[i]);
        }
        rewardMean = RewardStatistics.mean(r);
        rewardStd = RewardStatistics.std(r);
        return settings.normalize() ? RewardStatistics.normalize(r, settings.targetStd()) : r;
    }

    private static NDArray array(NDManager manager, FloatMatrix x) {
        return manager.create(x.data(), new Shape(x.rows(), x.cols()));
    }

    @Override
    public Map<String, Double> diagnostics() {
        Map<String, Double> d = new LinkedHashMap<>();
        for (int i = 0; i < TERMS.length; i++) {
            d.put(TERMS[i], terms[i]);
        }
        d.put("reward_mean", rewardMean);
        d.put("reward_std", rewardStd);
        return d;
    }

    @Override
    public void save(Path directory) throws IOException {
        training.save(directory, "discriminator");
        BinaryState.write(directory.resolve("dac.bin"), out -> {
            out.writeLong(updates);
            for (double t : terms) {
                out.writeDouble(t);
            }
            Matrices.write(out, expert);
            buffer.write(out);
        });
    }

    @Override
    public void load(Path directory) throws IOException {
        training.load(directory, "discriminator");
        BinaryState.read(directory.resolve("dac.bin"), in -> {
            updates = in.readLong();
            for (int i = 0; i < terms.length; i++) {
                terms[i] = in.readDouble();
            }
            expert = Matrices.read(in);
            buffer.read(in);
        });
    }

    @Override
    public void close() {
        training.close();
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }
}
