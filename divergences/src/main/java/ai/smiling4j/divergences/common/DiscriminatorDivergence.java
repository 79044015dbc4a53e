package ai.smiling4j.divergences.common;

import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.Seeds;
import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The plumbing of an adversarial divergence (DAC, DiffAIL): a FIFO of learner samples, the expert
 * samples, one pass over freshly drawn (learner, expert) pairs every {@code update-every} steps,
 * rewards of replayed batches, diagnostics, and the complete saved state. A subclass supplies the
 * discriminator's training step and its reward.
 */
public abstract class DiscriminatorDivergence implements Divergence {
    private static final long DRAW = 101;
    private static final long TRAIN = 102;
    private static final long REWARD = 103;

    /**
     * The options every adversarial divergence shares.
     *
     * @param input       what the discriminator sees
     * @param updateEvery environment steps between discriminator updates
     * @param pairs       learner and expert samples drawn per update (one pass)
     * @param buffer      learner samples remembered (FIFO)
     * @param batchSize   pairs per minibatch
     * @param normalize   normalize rewards per batch
     * @param targetStd   the normalized rewards' standard deviation
     */
    public record Settings(Input input, int updateEvery, int pairs, int buffer, int batchSize, boolean normalize,
                           double targetStd) {

        /** The shared options with the reference's defaults; {@code normalize} is off, as in the reference. */
        public static OptionSchema options() {
            return OptionSchema.of(
                    OptionSpec.choice("input", "state", Input.configNames(), "what the discriminator sees"),
                    OptionSpec.integer("update-every", 1000, 1, 100_000_000, "environment steps between discriminator updates"),
                    OptionSpec.integer("pairs", 100_000, 1, 100_000_000, "learner and expert samples per update (one pass)"),
                    OptionSpec.integer("buffer", 200_000, 1, 100_000_000, "learner samples remembered (FIFO)"),
                    OptionSpec.integer("batch-size", 1024, 1, 1_000_000, "pairs per minibatch"),
                    OptionSpec.bool("normalize", false, "normalize rewards per batch (the reference does not)"),
                    OptionSpec.real("target-std", 0.1, 1e-9, 1e9, "standard deviation of normalized rewards"));
        }

        /** The shared settings from resolved options. */
        public static Settings from(Options o) {
            return new Settings(Input.fromConfig(o.getString("input")), o.getInt("update-every"), o.getInt("pairs"),
                    o.getInt("buffer"), o.getInt("batch-size"), o.getBoolean("normalize"), o.getDouble("target-std"));
        }
    }

    private final Settings settings;
    private final NetworkTraining training;
    private final long seed;
    private final String[] termNames;
    private final SampleBuffer buffer;
    private final double[] terms;
    private FloatMatrix expert;
    private long updates;
    private long batches;
    private double rewardMean = Double.NaN;
    private double rewardStd = Double.NaN;

    /**
     * @param training  the discriminator's parameters and optimizer; closed with this divergence
     * @param dim       size of one sample
     * @param termNames names of the values {@link #trainStep} returns, for the diagnostics
     */
    protected DiscriminatorDivergence(Settings settings, NetworkTraining training, int dim, long seed,
                                      String... termNames) {
        this.settings = settings;
        this.training = training;
        this.seed = seed;
        this.termNames = termNames.clone();
        this.buffer = new SampleBuffer(settings.buffer(), dim);
        this.terms = new double[termNames.length];
        Arrays.fill(terms, Double.NaN);
    }

    /**
     * One optimizer step on a minibatch of pairs.
     *
     * @param random the update's stream, for whatever the loss draws (interpolation weights, noise)
     * @return the values named by the constructor's {@code termNames}
     */
    protected abstract float[] trainStep(FloatMatrix learner, FloatMatrix expert, SplittableRandom random);

    /**
     * The rewards of samples, before any normalization.
     *
     * @param random the batch's stream, for whatever the reward draws
     */
    protected abstract float[] rawRewards(FloatMatrix samples, SplittableRandom random);

    /** The discriminator's parameters and optimizer. */
    protected NetworkTraining training() {
        return training;
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
        DiscriminatorPairs pairs = DiscriminatorPairs.draw(buffer, expert, settings.pairs(), Seeds.stream(seed, DRAW, updates));
        SplittableRandom random = Seeds.stream(seed, TRAIN, updates);
        double[] means = pairs.train(settings.batchSize(), (l, e) -> trainStep(l, e, random));
        System.arraycopy(means, 0, terms, 0, terms.length);
        updates++;
        return termMap();
    }

    @Override
    public float[] rewards(TransitionBatch batch) {
        float[] r = rawRewards(settings.input().of(batch), Seeds.stream(seed, REWARD, batches++));
        rewardMean = RewardStatistics.mean(r);
        rewardStd = RewardStatistics.std(r);
        return settings.normalize() ? RewardStatistics.normalize(r, settings.targetStd()) : r;
    }

    private Map<String, Double> termMap() {
        Map<String, Double> d = new LinkedHashMap<>();
        for (int i = 0; i < termNames.length; i++) {
            d.put(termNames[i], terms[i]);
        }
        return d;
    }

    @Override
    public Map<String, Double> diagnostics() {
        Map<String, Double> d = termMap();
        d.put("reward_mean", rewardMean);
        d.put("reward_std", rewardStd);
        return d;
    }

    @Override
    public void save(Path directory) throws IOException {
        training.save(directory, "discriminator");
        AtomicFiles.write(directory.resolve("discriminator.bin"), out -> {
            out.writeLong(updates);
            out.writeLong(batches);
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
        AtomicFiles.read(directory.resolve("discriminator.bin"), in -> {
            updates = in.readLong();
            batches = in.readLong();
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
}
