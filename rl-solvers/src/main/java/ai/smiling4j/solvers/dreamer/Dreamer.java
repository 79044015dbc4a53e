package ai.smiling4j.solvers.dreamer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.AdamW;
import ai.smiling4j.api.nn.Scalars;
import ai.smiling4j.api.nn.Tensors;
import ai.smiling4j.solvers.common.ActionScale;
import ai.smiling4j.solvers.common.RandomStream;
import ai.smiling4j.solvers.common.SequenceReplay;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A DreamerV3-style solver. Environment steps go into a {@link SequenceReplay}; at the train ratio,
 * one update trains the {@link WorldModel} on a batch of windows whose rewards the given reward
 * function labels (so the reward head learns a divergence's reward when one is given), then
 * imagines {@code horizon} steps from every posterior state and trains the actor (REINFORCE on
 * normalized lambda-return advantages, plus an entropy bonus) and the two-hot critic (towards the
 * lambda-returns and a slow copy of itself). The policy is recurrent: it keeps a posterior state
 * per stream (sampled training actions, deterministic actions), reset at episode starts. All noise
 * comes from the solver's own seeded streams, so a run is repeatable, also across save and load.
 */
final class Dreamer implements RLSolver {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final DreamerSettings settings;
    private final int obsDim;
    private final int actDim;
    private final ActionScale scale;
    private final NDManager manager;
    private final WorldModel model;
    private final NormMlp actor;
    private final NormMlp critic;
    private final NormMlp slowCritic;
    private final AdamW modelOptimizer;
    private final AdamW actorOptimizer;
    private final AdamW criticOptimizer;
    private final SequenceReplay replay;
    private final RandomStream updateNoise;
    private final RandomStream actionNoise;
    private final Returns.Scale returnScale;
    private final Stream training;
    private final Stream evaluation;
    private long steps;
    private long updates;
    private long credit;
    /** The acting networks' snapshot, or null when the networks have changed since it was taken. */
    private Acting acting;
    /** Milliseconds of the last update's phases: world model, imagination, actor-critic (for the benchmark). */
    final double[] lastPhaseMillis = new double[3];

    Dreamer(DreamerSettings settings, EnvironmentSpec environment, long seed) {
        this.settings = settings;
        obsDim = environment.observationDim();
        actDim = environment.actionDim();
        scale = ActionScale.of(environment.actionSpace());
        manager = NDManager.newBaseManager();
        SplittableRandom init = new SplittableRandom(seed);
        model = new WorldModel(manager, settings, obsDim, actDim, init);
        int features = model.featureSize();
        actor = NormMlp.create(manager, features, settings.hidden(), settings.layers(), 2 * actDim, false,
                Activation.SILU, init);
        critic = NormMlp.create(manager, features, settings.hidden(), settings.layers(), settings.bins(), true,
                Activation.SILU, init);
        slowCritic = critic.copy(manager);
        modelOptimizer = adam(model.parameters(), settings.modelLr());
        actorOptimizer = adam(actor.parameters(), settings.actorLr());
        criticOptimizer = adam(critic.parameters(), settings.criticLr());
        replay = new SequenceReplay(settings.replayCapacity(), obsDim, actDim);
        updateNoise = new RandomStream(seed, "dreamer-update");
        actionNoise = new RandomStream(seed, "dreamer-action");
        returnScale = new Returns.Scale(settings.returnDecay());
        training = new Stream();
        evaluation = new Stream();
        // fresh gradient buffers may hold whatever memory they got: start them at zero
        modelOptimizer.zeroGradients();
        actorOptimizer.zeroGradients();
        criticOptimizer.zeroGradients();
    }

    private static AdamW adam(List<NDArray> parameters, double learningRate) {
        return new AdamW(parameters, learningRate, BETA1, BETA2, ADAM_EPSILON, 0);
    }

    /** The recurrent state of one policy stream: {@code h}, {@code z} and the last action in [-1, 1]. */
    private final class Stream {
        float[] h = new float[settings.deter()];
        float[] z = new float[settings.latents() * settings.classes()];
        float[] action = new float[actDim];
        boolean fresh = true;

        void reset() {
            fresh = true;
        }
    }

    @Override
    public void startEpisode(boolean deterministic) {
        (deterministic ? evaluation : training).reset();
    }

    @Override
    public float[] act(float[] observation, boolean deterministic) {
        Stream s = deterministic ? evaluation : training;
        if (!deterministic && steps < settings.seedSteps()) {
            // random actions carry no recurrent state: the posterior restarts when the policy takes over
            s.reset();
            float[] unit = new float[actDim];
            for (int i = 0; i < actDim; i++) {
                unit[i] = (float) (2 * actionNoise.nextDouble() - 1);
            }
            return scale.toEnvironment(unit);
        }
        Acting net = acting();
        Categorical latent = model.rssm.latent();
        float[] embedded = net.encoder().forward(symlog(observation));
        float[] h = net.rssm().step(s.fresh ? new float[s.h.length] : s.h, s.fresh ? new float[s.z.length] : s.z,
                s.fresh ? new float[actDim] : s.action);
        float[] posterior = latent.probabilities(net.rssm().posteriorLogits(h, embedded));
        float[] z = deterministic ? latent.mode(posterior) : latent.sample(posterior, uniforms(actionNoise, latent.latents()));
        float[] heads = net.actor().forward(Rssm.concat(h, z));
        float[] unit = new float[actDim];
        float[] eps = deterministic ? null : actionNoise.gaussian(actDim);
        for (int i = 0; i < actDim; i++) {
            float mean = (float) StrictMath.tanh(heads[i]);
            if (deterministic) {
                unit[i] = mean;
            } else {
                float std = (float) ((settings.maxStd() - settings.minStd()) / (1 + StrictMath.exp(-(heads[actDim + i] + 2)))
                        + settings.minStd());
                unit[i] = Math.max(-1f, Math.min(1f, mean + std * eps[i]));
            }
        }
        s.h = h;
        s.z = z;
        s.action = unit;
        s.fresh = false;
        return scale.toEnvironment(unit);
    }

    /**
     * The networks a step of the policy runs (encoder, the RSSM's step and posterior, actor), as a
     * plain-Java snapshot: batch-1 inference through the engine costs a call per operation (about
     * a millisecond a step at the small sizes), in plain Java tens of microseconds. Taken again
     * after every update and load.
     */
    private record Acting(PlainNormMlp encoder, Rssm.Plain rssm, PlainNormMlp actor) {
    }

    private Acting acting() {
        if (acting == null) {
            acting = new Acting(model.plainEncoder(), model.rssm.plain(), actor.plain());
        }
        return acting;
    }

    private static float[] symlog(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) Symlog.symlog(x[i]);
        }
        return y;
    }

    /** Dreamer's policy is recurrent and acts on one environment at a time. */
    @Override
    public float[][] act(float[][] observations, boolean deterministic) {
        if (observations.length == 1) {
            return new float[][] {act(observations[0], deterministic)};
        }
        throw new UnsupportedOperationException("the dreamer policy is recurrent and acts on one environment at a time, got "
                + observations.length);
    }

    private static float[] uniforms(RandomStream random, int n) {
        float[] u = new float[n];
        for (int i = 0; i < n; i++) {
            u[i] = (float) random.nextDouble();
        }
        return u;
    }

    /**
     * The actor's Gaussian: mean {@code tanh(m)}, standard deviation
     * {@code (maxStd - minStd) sigmoid(s + 2) + minStd}.
     */
    private record Policy(NDArray mean, NDArray std) {
        NDArray logProb(NDArray action) {
            NDArray standardized = action.sub(mean).div(std);
            return Scalars.mul(standardized.square(), -0.5).sub(std.log()).sub((float) LOG_SQRT_2PI).sum(new int[] {1});
        }

        NDArray entropy() {
            return std.log().add((float) (0.5 + LOG_SQRT_2PI)).sum(new int[] {1});
        }
    }

    private Policy policy(NDArray features) {
        List<NDArray> heads = actor.forward(features).split(2, 1);
        NDArray std = Scalars.mul(ai.djl.nn.Activation.sigmoid(heads.get(1).add(2)), settings.maxStd() - settings.minStd())
                .add((float) settings.minStd());
        return new Policy(heads.get(0).tanh(), std);
    }

    @Override
    public void observe(Transition transition) {
        replay.add(transition);
        steps++;
        if (transition.terminated() || transition.truncated()) {
            training.reset();
        }
    }

    @Override
    public Map<String, Double> update(RewardFunction reward) {
        if (steps < settings.seedSteps() || replay.size() < settings.batchLength()) {
            return Map.of();
        }
        credit += settings.trainRatio();
        Map<String, Double> diagnostics = Map.of();
        while (credit >= settings.stepsPerUpdate()) {
            credit -= settings.stepsPerUpdate();
            diagnostics = trainStep(reward);
        }
        return diagnostics;
    }

    /** One world-model step on a replayed batch, then one actor-critic step on trajectories imagined from it. */
    Map<String, Double> trainStep(RewardFunction reward) {
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        try (NDManager step = manager.newSubManager()) {
            long t0 = System.nanoTime();
            WorldModel.Observed observed = trainWorldModel(step, reward, diagnostics);
            long t1 = System.nanoTime();
            Imagined imagined = imagine(step, observed.h().stopGradient(), observed.z().stopGradient(),
                    observed.continues());
            long t2 = System.nanoTime();
            trainActorCritic(step, imagined, diagnostics);
            long t3 = System.nanoTime();
            lastPhaseMillis[0] = (t1 - t0) / 1e6;
            lastPhaseMillis[1] = (t2 - t1) / 1e6;
            lastPhaseMillis[2] = (t3 - t2) / 1e6;
        }
        updates++;
        acting = null;
        return diagnostics;
    }

    private WorldModel.Observed trainWorldModel(NDManager step, RewardFunction reward, Map<String, Double> diagnostics) {
        SequenceReplay.Window window = replay.sample(settings.batchSize(), settings.batchLength(), updateNoise);
        SequenceReplay.Labels labels = window.label(reward);
        float[] u = uniforms(updateNoise, settings.stepsPerUpdate() * settings.latents());
        WorldModel.Observed observed;
        try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
            observed = model.observe(step, window, labels.rewards(), labels.mask(), u);
            tape.backward(observed.loss());
        }
        modelOptimizer.step();
        observed.parts().forEach((k, v) -> diagnostics.put(k, scalar(v)));
        return observed;
    }

    /**
     * Imagined trajectories, time-major: features {@code ((H + 1) n, F)}, the sampled actions
     * {@code (H n, A)} before clipping, and per state reward, continue flag and critic value.
     */
    private record Imagined(int n, NDArray features, NDArray actions, float[] reward, float[] cont, float[] value,
                            float[] slowValue) {
    }

    private Imagined imagine(NDManager step, NDArray h, NDArray z, float[] startContinues) {
        int n = Math.toIntExact(h.getShape().get(0));
        int horizon = settings.horizon();
        Categorical latent = model.rssm.latent();
        NDList features = new NDList();
        NDList actions = new NDList();
        features.add(h.concat(z, 1));
        for (int t = 0; t < horizon; t++) {
            Policy pi = policy(features.get(t));
            NDArray eps = step.create(updateNoise.gaussian(n * actDim), new Shape(n, actDim));
            NDArray action = pi.mean().add(pi.std().mul(eps));
            actions.add(action);
            h = model.rssm.step(h, z, action.clip(-1, 1));
            z = latent.sample(latent.probabilities(model.rssm.priorLogits(h)), uniforms(updateNoise, n * latent.latents()));
            features.add(h.concat(z, 1));
        }
        NDArray all = NDArrays.concat(features, 0);
        float[] reward = model.twoHot.decode(model.reward.forward(all)).toFloatArray();
        float[] cont = ai.djl.nn.Activation.sigmoid(model.cont.forward(all)).toFloatArray();
        System.arraycopy(startContinues, 0, cont, 0, n);
        float[] value = model.twoHot.decode(critic.forward(all)).toFloatArray();
        float[] slowValue = model.twoHot.decode(slowCritic.forward(all)).toFloatArray();
        return new Imagined(n, all, NDArrays.concat(actions, 0), reward, cont, value, slowValue);
    }

    private void trainActorCritic(NDManager step, Imagined im, Map<String, Double> diagnostics) {
        int n = im.n();
        int horizon = settings.horizon();
        float[] returns = Returns.lambdaReturns(im.reward(), im.cont(), im.value(), n, settings.gamma(), settings.lambda());
        float[] weights = Returns.weights(im.cont(), n, horizon, settings.gamma());
        double s = returnScale.update(returns);
        float[] advantage = new float[horizon * n];
        float[] slowTargets = new float[horizon * n];
        for (int i = 0; i < advantage.length; i++) {
            advantage[i] = (float) ((returns[i] - im.value()[i]) / s);
            slowTargets[i] = im.slowValue()[i];
        }
        NDArray features = im.features().get("0:" + horizon * n).stopGradient();
        NDArray actions = im.actions().stopGradient();
        NDArray w = step.create(weights);
        NDArray adv = step.create(advantage);
        NDArray actorLoss;
        NDArray criticLoss;
        NDArray entropy;
        try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
            Policy pi = policy(features);
            entropy = pi.entropy();
            actorLoss = w.mul(pi.logProb(actions).mul(adv).add(Scalars.mul(entropy, settings.entropy()))).mean().neg();
            NDArray logits = critic.forward(features);
            NDArray perState = model.twoHot.loss(logits, returns)
                    .add(Scalars.mul(model.twoHot.loss(logits, slowTargets), settings.slowCriticReg()));
            criticLoss = w.mul(perState).mean();
            tape.backward(actorLoss.add(criticLoss));
        }
        actorOptimizer.step();
        criticOptimizer.step();
        slowCritic.softUpdate(critic, settings.slowCriticRate());
        diagnostics.put("actor-loss", scalar(actorLoss));
        diagnostics.put("critic-loss", scalar(criticLoss));
        diagnostics.put("entropy", scalar(entropy.mean()));
        diagnostics.put("return-scale", s);
        diagnostics.put("imagined-return", mean(returns));
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double scalar(NDArray x) {
        return x.toFloatArray()[0];
    }

    @Override
    public <C> Optional<C> capability(Class<C> type) {
        return Optional.empty();
    }

    private List<NDArray> networkParameters() {
        List<NDArray> all = new ArrayList<>(model.parameters());
        all.addAll(actor.parameters());
        all.addAll(critic.parameters());
        all.addAll(slowCritic.parameters());
        return all;
    }

    private Map<String, AdamW> optimizers() {
        return Map.of("model", modelOptimizer, "actor", actorOptimizer, "critic", criticOptimizer);
    }

    @Override
    public void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        Tensors.save(directory.resolve("networks.ndlist"), networkParameters());
        for (Map.Entry<String, AdamW> e : optimizers().entrySet()) {
            try (NDManager scratch = manager.newSubManager(); NDList state = e.getValue().state(scratch)) {
                Tensors.save(directory.resolve(e.getKey() + "-adam.ndlist"), state);
            }
        }
        replay.save(directory.resolve("replay.bin"));
        AtomicFiles.write(directory.resolve("counters.bin"), out -> {
            out.writeLong(steps);
            out.writeLong(updates);
            out.writeLong(credit);
            out.writeLong(updateNoise.state());
            out.writeLong(actionNoise.state());
            for (double v : returnScale.state()) {
                out.writeDouble(v);
            }
            for (Stream s : List.of(training, evaluation)) {
                out.writeBoolean(s.fresh);
                for (float[] values : List.of(s.h, s.z, s.action)) {
                    for (float v : values) {
                        out.writeFloat(v);
                    }
                }
            }
        });
    }

    @Override
    public void load(Path directory) throws IOException {
        Tensors.loadInto(directory.resolve("networks.ndlist"), networkParameters());
        acting = null;
        for (Map.Entry<String, AdamW> e : optimizers().entrySet()) {
            try (NDManager scratch = manager.newSubManager()) {
                e.getValue().restore(Tensors.load(directory.resolve(e.getKey() + "-adam.ndlist"), scratch));
            }
        }
        replay.load(directory.resolve("replay.bin"));
        try (DataInputStream in = new DataInputStream(Files.newInputStream(directory.resolve("counters.bin")))) {
            steps = in.readLong();
            updates = in.readLong();
            credit = in.readLong();
            updateNoise.restore(in.readLong());
            actionNoise.restore(in.readLong());
            returnScale.restore(in.readDouble(), in.readDouble());
            for (Stream s : List.of(training, evaluation)) {
                s.fresh = in.readBoolean();
                for (float[] values : List.of(s.h, s.z, s.action)) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = in.readFloat();
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
