package ai.smiling4j.divergences.smiling;

import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.DiffusionSampler;
import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.divergences.common.RewardCache;
import ai.smiling4j.divergences.common.RewardStatistics;
import ai.smiling4j.divergences.common.SampleBuffer;
import ai.smiling4j.divergences.common.ScoreModelFitting;
import ai.smiling4j.api.Seeds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SMILING: fits the expert score model once on the demonstrations, refits the learner score model
 * (warm-started, optimizer kept) every {@code update-every} steps on samples from the learner's
 * recent history, and rewards each replayed transition with {@link SmilingReward}. In the default
 * {@code per-update} mode both models see one shared set of (t, eps) pairs per learner version,
 * so a transition's reward is a function of the transition and that version alone and is cached
 * by the transition's replay id until the next refit.
 */
final class SmilingDivergence implements Divergence {
    private static final long LEARNER_DRAW = 1;
    private static final long LEARNER_SHUFFLE = 2;
    private static final long EXPERT_SHUFFLE = 3;
    private static final long VERSION_SAMPLES = 4;
    private static final long BATCH_SAMPLES = 5;

    private final SmilingSettings settings;
    private final ScoreModel expert;
    private final ScoreModel learner;
    private final long seed;
    private final DiffusionSampler sampler;
    private final SampleBuffer buffer;
    private final RewardCache cache = new RewardCache();
    private DiffusionSamples versionSamples;
    private long updates;
    private long batches;
    private double expertLoss = Double.NaN;
    private double learnerLoss = Double.NaN;
    private double rawMean = Double.NaN;
    private double rawStd = Double.NaN;
    private long lookups;
    private long hits;

    SmilingDivergence(SmilingSettings settings, ScoreModel expert, ScoreModel learner, long seed) {
        this.settings = settings;
        this.expert = expert;
        this.learner = learner;
        this.seed = seed;
        this.sampler = settings.sampler(expert.schedule().steps());
        this.buffer = new SampleBuffer(settings.buffer(), expert.dimension());
    }

    @Override
    public void fitExpert(Demonstrations demonstrations) {
        expertLoss = ScoreModelFitting.fit(expert, samples(demonstrations.states(),
                        settings.stateAction() ? demonstrations.actions() : null),
                settings.expertEpochs(), settings.batchSize(), Seeds.stream(seed, EXPERT_SHUFFLE, 0));
    }

    @Override
    public void observe(Transition transition) {
        if (settings.stateAction()) {
            buffer.add(transition.observation(), transition.action());
        } else {
            buffer.add(transition.observation());
        }
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
        FloatMatrix data = buffer.sample(settings.learnerSamples(), Seeds.stream(seed, LEARNER_DRAW, updates));
        learnerLoss = ScoreModelFitting.fit(learner, data, 1, settings.batchSize(), Seeds.stream(seed, LEARNER_SHUFFLE, updates));
        updates++;
        versionSamples = null;
        cache.clear();
        return Map.of("learner_loss", learnerLoss);
    }

    @Override
    public float[] rewards(TransitionBatch batch) {
        FloatMatrix x = samples(batch.observations(), settings.stateAction() ? batch.actions() : null);
        float[] raw = switch (settings.resample()) {
            case PER_UPDATE -> cachedRewards(batch.ids(), x);
            case PER_BATCH -> reward(x, sampler.shared(x.cols(), Seeds.stream(seed, BATCH_SAMPLES, batches++)));
            case PER_STATE -> reward(x, sampler.perState(x.rows(), x.cols(), Seeds.stream(seed, BATCH_SAMPLES, batches++)));
        };
        rawMean = RewardStatistics.mean(raw);
        rawStd = RewardStatistics.std(raw);
        return settings.normalize() ? RewardStatistics.normalize(raw, settings.targetStd()) : raw;
    }

    private float[] cachedRewards(long[] ids, FloatMatrix x) {
        if (versionSamples == null) {
            versionSamples = sampler.shared(x.cols(), Seeds.stream(seed, VERSION_SAMPLES, updates));
        }
        float[] raw = new float[ids.length];
        int[] missing = new int[ids.length];
        int m = 0;
        for (int i = 0; i < ids.length; i++) {
            raw[i] = cache.get(ids[i]);
            if (Float.isNaN(raw[i])) {
                missing[m++] = i;
            }
        }
        lookups += ids.length;
        hits += ids.length - m;
        if (m > 0) {
            int[] rows = java.util.Arrays.copyOf(missing, m);
            float[] fresh = reward(x.selectRows(rows), versionSamples);
            for (int j = 0; j < m; j++) {
                raw[rows[j]] = fresh[j];
                cache.put(ids[rows[j]], fresh[j]);
            }
        }
        return raw;
    }

    private float[] reward(FloatMatrix x, DiffusionSamples samples) {
        return SmilingReward.reward(learner.denoisingError(x, samples), expert.denoisingError(x, samples));
    }

    private static FloatMatrix samples(FloatMatrix states, FloatMatrix actions) {
        return actions == null ? states : FloatMatrix.concatColumns(states, actions);
    }

    @Override
    public Map<String, Double> diagnostics() {
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("expert_loss", expertLoss);
        d.put("learner_loss", learnerLoss);
        d.put("reward_raw_mean", rawMean);
        d.put("reward_raw_std", rawStd);
        d.put("cache_hit_rate", lookups == 0 ? 0 : hits / (double) lookups);
        return d;
    }

    @Override
    public void save(Path directory) throws IOException {
        expert.save(directory.resolve("expert"));
        learner.save(directory.resolve("learner"));
        AtomicFiles.write(directory.resolve("smiling.bin"), out -> {
            out.writeLong(updates);
            out.writeLong(batches);
            out.writeDouble(expertLoss);
            out.writeDouble(learnerLoss);
            out.writeLong(lookups);
            out.writeLong(hits);
            buffer.write(out);
            // rewards depend on the rows computed together only in their last bits; keeping them
            // makes a resumed run continue exactly as the uninterrupted one
            cache.write(out);
        });
    }

    @Override
    public void load(Path directory) throws IOException {
        expert.load(directory.resolve("expert"));
        learner.load(directory.resolve("learner"));
        AtomicFiles.read(directory.resolve("smiling.bin"), in -> {
            updates = in.readLong();
            batches = in.readLong();
            expertLoss = in.readDouble();
            learnerLoss = in.readDouble();
            lookups = in.readLong();
            hits = in.readLong();
            buffer.read(in);
            cache.read(in);
        });
        versionSamples = null;
    }

    @Override
    public void close() {
        expert.close();
        learner.close();
    }
}
