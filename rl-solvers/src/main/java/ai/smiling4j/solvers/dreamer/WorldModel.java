package ai.smiling4j.solvers.dreamer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Scalars;
import ai.smiling4j.solvers.common.SequenceReplay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * DreamerV3's world model for vector observations: an MLP encoder of symlog observations, the
 * {@link Rssm}, and heads on the features {@code [h, z]}: a decoder of symlog observations
 * (squared error), a two-hot reward head and a Bernoulli continue head.
 */
final class WorldModel {
    private final DreamerSettings settings;
    private final int obsDim;
    private final int actDim;
    final Rssm rssm;
    final TwoHot twoHot;
    private final NormMlp encoder;
    private final NormMlp decoder;
    final NormMlp reward;
    final NormMlp cont;

    WorldModel(NDManager manager, DreamerSettings s, int obsDim, int actDim, SplittableRandom random) {
        settings = s;
        this.obsDim = obsDim;
        this.actDim = actDim;
        Categorical latent = new Categorical(s.latents(), s.classes(), s.unimix());
        encoder = NormMlp.create(manager, obsDim, s.hidden(), s.layers(), 0, false, Activation.SILU, random);
        rssm = new Rssm(manager, s.deter(), latent, actDim, s.hidden(), s.hidden(), random);
        int features = featureSize();
        decoder = NormMlp.create(manager, features, s.hidden(), s.layers(), obsDim, false, Activation.SILU, random);
        reward = NormMlp.create(manager, features, s.hidden(), s.layers(), s.bins(), true, Activation.SILU, random);
        cont = NormMlp.create(manager, features, s.hidden(), s.layers(), 1, false, Activation.SILU, random);
        twoHot = new TwoHot(s.bins(), -s.binRange(), s.binRange());
    }

    int featureSize() {
        return settings.deter() + rssm.latent().size();
    }

    /** The embedding of raw observations {@code (n, obsDim)}. */
    NDArray embed(NDArray observations) {
        return encoder.forward(Symlog.symlog(observations));
    }

    /** A snapshot of the encoder's current values for batch-1 inference in plain Java. */
    PlainNormMlp plainEncoder() {
        return encoder.plain();
    }

    /**
     * The posterior states of a window (every window starts from the zero state) and the world
     * model's loss on it.
     *
     * @param uniforms {@code batch * length * latents} uniform numbers for the posterior samples
     */
    Observed observe(NDManager step, SequenceReplay.Window w, float[] rewards, float[] rewardMask, float[] uniforms) {
        int b = w.batch();
        int length = w.length();
        int n = b * length;
        Categorical latent = rssm.latent();
        NDArray obs = step.create(w.observations(), new Shape(n, obsDim));
        NDArray embedded = embed(obs).reshape(b, length, -1);
        NDArray actions = step.create(w.actions(), new Shape(b, length, actDim));
        float[] resets = new float[n];
        for (int i = 0; i < n; i++) {
            resets[i] = w.first()[i] || i % length == 0 ? 0 : 1;
        }
        NDArray keep = step.create(resets, new Shape(b, length));
        NDArray h = step.zeros(new Shape(b, settings.deter()));
        NDArray z = step.zeros(new Shape(b, latent.size()));
        NDArray previous = step.zeros(new Shape(b, actDim));
        NDList hs = new NDList();
        NDList zs = new NDList();
        NDList priors = new NDList();
        NDList posteriors = new NDList();
        for (int t = 0; t < length; t++) {
            NDArray k = keep.get(":, " + t).reshape(b, 1);
            h = rssm.step(h.mul(k), z.mul(k), previous.mul(k));
            NDArray prior = latent.probabilities(rssm.priorLogits(h));
            NDArray posterior = latent.probabilities(rssm.posteriorLogits(h, embedded.get(":, " + t + ", :")));
            float[] u = new float[b * latent.latents()];
            for (int i = 0; i < b; i++) {
                System.arraycopy(uniforms, (i * length + t) * latent.latents(), u, i * latent.latents(), latent.latents());
            }
            z = latent.sample(posterior, u);
            previous = actions.get(":, " + t + ", :");
            hs.add(h);
            zs.add(z);
            priors.add(prior);
            posteriors.add(posterior);
        }
        // (length, b, ...) -> (b, length, ...) -> rows in window order
        NDArray hAll = NDArrays.stack(hs, 1).reshape(n, settings.deter());
        NDArray zAll = NDArrays.stack(zs, 1).reshape(n, latent.size());
        NDArray priorAll = NDArrays.stack(priors, 1).reshape(n, latent.latents(), latent.classes());
        NDArray posteriorAll = NDArrays.stack(posteriors, 1).reshape(n, latent.latents(), latent.classes());
        NDArray features = hAll.concat(zAll, 1);

        NDArray decoderLoss = decoder.forward(features).sub(Symlog.symlog(obs)).square().sum(new int[] {1}).mean();
        NDArray mask = step.create(rewardMask);
        NDArray rewardLoss = Scalars.div(twoHot.loss(reward.forward(features), rewards).mul(mask).sum(),
                Math.max(1, sum(rewardMask)));
        float[] continues = new float[n];
        for (int i = 0; i < n; i++) {
            continues[i] = w.terminal()[i] ? 0 : 1;
        }
        NDArray continueLoss = binaryCrossEntropy(cont.forward(features).reshape(n), step.create(continues));
        NDArray klLoss = Categorical.balancedKl(posteriorAll, priorAll, settings.freeBits(), settings.klDynamics(),
                settings.klRepresentation()).mean();
        NDArray loss = decoderLoss.add(rewardLoss).add(continueLoss).add(klLoss);
        Map<String, NDArray> parts = new LinkedHashMap<>();
        parts.put("model-loss", loss);
        parts.put("decoder-loss", decoderLoss);
        parts.put("reward-loss", rewardLoss);
        parts.put("continue-loss", continueLoss);
        parts.put("kl-loss", klLoss);
        parts.put("kl", Categorical.kl(posteriorAll, priorAll).mean());
        return new Observed(loss, parts, hAll, zAll, continues);
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    /** Mean binary cross-entropy of logits against targets in [0, 1], computed stably. */
    static NDArray binaryCrossEntropy(NDArray logits, NDArray targets) {
        NDArray softplusOfNegAbs = logits.abs().neg().exp().add(1).log();
        return Scalars.maximum(logits, 0).sub(logits.mul(targets)).add(softplusOfNegAbs).mean();
    }

    /**
     * What observing a window gives.
     *
     * @param loss      the world model's loss
     * @param parts     the loss and its terms, for diagnostics
     * @param h         posterior deterministic states, one row per step of the window
     * @param z         posterior stochastic states
     * @param continues 0 at terminal steps, 1 elsewhere
     */
    record Observed(NDArray loss, Map<String, NDArray> parts, NDArray h, NDArray z, float[] continues) {
    }

    List<NDArray> parameters() {
        List<NDArray> all = new ArrayList<>(encoder.parameters());
        all.addAll(rssm.parameters());
        all.addAll(decoder.parameters());
        all.addAll(reward.parameters());
        all.addAll(cont.parameters());
        return all;
    }
}
