package ai.smiling4j.divergences.dac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.api.nn.Scalars;
import ai.smiling4j.divergences.common.DiscriminatorDivergence;
import ai.smiling4j.divergences.common.NetworkTraining;
import ai.smiling4j.api.Seeds;

import java.util.SplittableRandom;

/**
 * DAC: every {@code update-every} steps, one pass of {@link DacLoss} over pairs of learner samples
 * (from a FIFO of the learner's recent history) and expert samples (from the demonstrations), with
 * one interpolation weight per pair; every replayed transition is rewarded by the current
 * discriminator. No absorbing states.
 */
final class DacDivergence extends DiscriminatorDivergence {
    private static final long INIT = 1;

    private final DacSettings settings;
    private final Mlp discriminator;

    /**
     * @param manager owns the discriminator; closed with this divergence
     * @param dim     size of one sample
     */
    DacDivergence(DacSettings settings, NDManager manager, int dim, long seed) {
        this(settings, manager, Mlp.create(manager, new int[] {dim, settings.hidden(), 1}, settings.activation(),
                Initializer.TORCH_DEFAULT, Seeds.stream(seed, INIT, 0)), seed);
    }

    private DacDivergence(DacSettings settings, NDManager manager, Mlp discriminator, long seed) {
        super(settings.common(), new NetworkTraining(manager, discriminator.parameters(), settings.learningRate(),
                        settings.weightDecay()), discriminator.sizes()[0], seed,
                "dac_loss", "bce_loss", "gradient_penalty", "expert_accuracy", "learner_accuracy");
        this.settings = settings;
        this.discriminator = discriminator;
    }

    @Override
    protected float[] trainStep(FloatMatrix learner, FloatMatrix expert, SplittableRandom random) {
        float[] a = new float[learner.rows()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextDouble();
        }
        return training().step(m -> {
            NDArray xl = array(m, learner);
            NDArray xe = array(m, expert);
            NDArray learnerLogits = DacLoss.logits(discriminator, xl);
            NDArray expertLogits = DacLoss.logits(discriminator, xe);
            NDArray bce = DacLoss.crossEntropy(learnerLogits, expertLogits);
            NDArray penalty = DacLoss.gradientPenalty(discriminator,
                    DacLoss.interpolates(xl, xe, m.create(a, new Shape(a.length, 1))));
            return new NDList(bce.add(Scalars.mul(penalty, settings.penalty())), bce, penalty,
                    expertLogits.gt(0f).toType(DataType.FLOAT32, false).mean(),
                    learnerLogits.lt(0f).toType(DataType.FLOAT32, false).mean());
        });
    }

    @Override
    protected float[] rawRewards(FloatMatrix samples, SplittableRandom random) {
        float[] d = training().evaluate(m -> DacLoss.logits(discriminator, array(m, samples)).toFloatArray());
        float[] r = new float[d.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = DacLoss.reward(d[i]);
        }
        return r;
    }

    private static NDArray array(NDManager manager, FloatMatrix x) {
        return manager.create(x.data(), new Shape(x.rows(), x.cols()));
    }
}
