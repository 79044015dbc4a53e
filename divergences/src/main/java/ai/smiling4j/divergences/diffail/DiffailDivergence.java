package ai.smiling4j.divergences.diffail;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.DiffusionSampler;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.divergences.common.DiscriminatorDivergence;
import ai.smiling4j.divergences.common.NetworkTraining;
import ai.smiling4j.api.Seeds;

import java.util.SplittableRandom;

/**
 * DiffAIL: every {@code update-every} steps, one pass of {@link DiffailLoss} over pairs of learner
 * and expert samples, each sample at one fresh (t, eps) pair; every replayed transition is rewarded
 * at one fresh pair too. The noise predictor is DiffAIL's own ({@link EpsilonNetwork}): the api's
 * score models expose no gradient of their denoising error.
 */
final class DiffailDivergence extends DiscriminatorDivergence {
    private static final long INIT = 1;

    private final EpsilonNetwork network;
    private final NoiseSchedule schedule;
    private final DiffusionSampler sampler;

    /**
     * @param manager owns the network; closed with this divergence
     * @param dim     size of one sample
     */
    DiffailDivergence(DiffailSettings settings, NDManager manager, int dim, long seed) {
        this(settings, manager, new EpsilonNetwork(manager, dim, settings.hidden(), Seeds.stream(seed, INIT, 0)), dim, seed);
    }

    private DiffailDivergence(DiffailSettings settings, NDManager manager, EpsilonNetwork network, int dim, long seed) {
        super(settings.common(), new NetworkTraining(manager, network.parameters(), settings.learningRate(),
                settings.weightDecay()), dim, seed,
                "diffail_loss", "expert_accuracy", "learner_accuracy", "expert_d_mean", "learner_d_mean");
        this.network = network;
        this.schedule = settings.schedule();
        this.sampler = new DiffusionSampler(1, schedule.steps(), 1, false, false);
    }

    @Override
    protected float[] trainStep(FloatMatrix learner, FloatMatrix expert, SplittableRandom random) {
        var learnerSamples = sampler.perState(learner.rows(), learner.cols(), random);
        var expertSamples = sampler.perState(expert.rows(), expert.cols(), random);
        return training().step(m -> {
            NDArray learnerError = DiffailLoss.denoisingError(network, array(m, learner), learnerSamples, schedule);
            NDArray expertError = DiffailLoss.denoisingError(network, array(m, expert), expertSamples, schedule);
            NDArray dl = DiffailLoss.discriminator(learnerError);
            NDArray de = DiffailLoss.discriminator(expertError);
            return new NDList(DiffailLoss.crossEntropy(learnerError, expertError),
                    de.gt(0.5f).toType(DataType.FLOAT32, false).mean(), dl.lt(0.5f).toType(DataType.FLOAT32, false).mean(),
                    de.mean(), dl.mean());
        });
    }

    @Override
    protected float[] rawRewards(FloatMatrix samples, SplittableRandom random) {
        var pairs = sampler.perState(samples.rows(), samples.cols(), random);
        float[] error = training().evaluate(m ->
                DiffailLoss.denoisingError(network, array(m, samples), pairs, schedule).toFloatArray());
        float[] r = new float[error.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = DiffailLoss.reward(error[i]);
        }
        return r;
    }

    private static NDArray array(NDManager manager, FloatMatrix x) {
        return manager.create(x.data(), new Shape(x.rows(), x.cols()));
    }
}
