package ai.smiling4j.solvers.sac;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.smiling4j.api.CriticObjective;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ExportablePolicy;
import ai.smiling4j.api.PolicyLikelihood;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.SoftQ;
import ai.smiling4j.api.SoftQLearning;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.AdamW;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import ai.smiling4j.api.nn.Scalars;
import ai.smiling4j.api.nn.Tensors;
import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.policy.PolicyNetwork;
import ai.smiling4j.solvers.common.ActionScale;
import ai.smiling4j.solvers.common.OnnxRuntimePolicy;
import ai.smiling4j.solvers.common.PlainMlp;
import ai.smiling4j.solvers.common.PolicyEngine;
import ai.smiling4j.solvers.common.RandomStream;
import ai.smiling4j.solvers.common.ReplayBuffer;

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
 * Soft actor-critic with twin critics, target critics and a learned temperature. One
 * {@link #update} after the seed phase is one gradient step of critics, actor and temperature on a
 * replayed batch labelled by the given reward. All noise comes from the solver's own seeded
 * streams, so a run is repeatable on one machine, also across {@link #save}/{@link #load}.
 */
final class Sac implements RLSolver, SoftQLearning, PolicyLikelihood, ExportablePolicy {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;
    private static final double ACTION_LIMIT = 1 - 1e-5;

    private final SacSettings settings;
    private final int obsDim;
    private final int actDim;
    private final double targetEntropy;
    private final ActionScale scale;
    private final NDManager manager;
    private final Actor actor;
    private final TwinCritic critic;
    private final TwinCritic targetCritic;
    private final NDArray logAlpha;
    private final AdamW actorOptimizer;
    private final AdamW criticOptimizer;
    private final AdamW temperatureOptimizer;
    private final AdamW likelihoodOptimizer;
    private final ReplayBuffer replay;
    private final RandomStream updateNoise;
    private final RandomStream actionNoise;
    private long steps;
    private long updates;
    private final Path workDirectory;
    private PlainMlp policySnapshot;
    private OnnxRuntimePolicy onnxPolicy;
    private CriticObjective criticObjective;

    /**
     * @param workDirectory where the onnxruntime engine writes the ONNX file it runs
     */
    Sac(SacSettings settings, EnvironmentSpec environment, long seed, Path workDirectory) {
        this.settings = settings;
        this.workDirectory = workDirectory;
        obsDim = environment.observationDim();
        actDim = environment.actionDim();
        targetEntropy = -actDim;
        scale = ActionScale.of(environment.actionSpace());
        manager = NDManager.newBaseManager();
        SplittableRandom init = new SplittableRandom(seed);
        actor = new Actor(network(settings.sizes(obsDim, 2 * actDim), init));
        critic = new TwinCritic(network(settings.sizes(obsDim + actDim, 1), init),
                network(settings.sizes(obsDim + actDim, 1), init));
        targetCritic = critic.copy(manager);
        logAlpha = manager.create(new float[] {(float) Math.log(settings.initTemperature())});
        logAlpha.setRequiresGradient(true);
        actorOptimizer = adam(actor.network().parameters(), settings.actorLr());
        criticOptimizer = adam(critic.parameters(), settings.criticLr());
        temperatureOptimizer = adam(List.of(logAlpha), settings.temperatureLr());
        likelihoodOptimizer = adam(actor.network().parameters(), settings.likelihoodLr());
        replay = new ReplayBuffer(settings.replayCapacity(), obsDim, actDim);
        updateNoise = new RandomStream(seed, "sac-update");
        actionNoise = new RandomStream(seed, "sac-action");
    }

    private Mlp network(int[] sizes, SplittableRandom init) {
        return Mlp.create(manager, sizes, Activation.RELU, Initializer.ORTHOGONAL, init);
    }

    private static AdamW adam(List<NDArray> parameters, double learningRate) {
        return new AdamW(parameters, learningRate, BETA1, BETA2, ADAM_EPSILON, 0);
    }

    @Override
    public float[] act(float[] observation, boolean deterministic) {
        if (deterministic && settings.engine() != PolicyEngine.JAVA) {
            return engineActions(new float[][] {observation})[0];
        }
        if (!deterministic && steps < settings.seedSteps()) {
            return randomAction();
        }
        return squash(policy().forward(observation), deterministic);
    }

    /** The batch through one pass of the policy network; equal, bit for bit, to acting on each row in turn. */
    @Override
    public float[][] act(float[][] observations, boolean deterministic) {
        if (deterministic && settings.engine() != PolicyEngine.JAVA) {
            return engineActions(observations);
        }
        float[][] out = new float[observations.length][];
        if (!deterministic && steps < settings.seedSteps()) {
            for (int b = 0; b < out.length; b++) {
                out[b] = randomAction();
            }
            return out;
        }
        float[][] heads = policy().forward(observations);
        for (int b = 0; b < out.length; b++) {
            out[b] = squash(heads[b], deterministic);
        }
        return out;
    }

    /** Deterministic actions from the pytorch or onnxruntime engine: one engine call for the batch. */
    private float[][] engineActions(float[][] observations) {
        if (settings.engine() == PolicyEngine.ONNXRUNTIME) {
            if (onnxPolicy == null) {
                onnxPolicy = OnnxRuntimePolicy.write(policyNetwork(), workDirectory.resolve("policy.onnx"),
                        Integer.getInteger("ai.djl.onnxruntime.num_threads", 1));
            }
            return onnxPolicy.act(observations);
        }
        try (NDManager step = manager.newSubManager()) {
            NDArray obs = matrix(step, FloatMatrix.ofRows(observations));
            float[] actions = scale.toEnvironment(actor.meanAction(obs)).toFloatArray();
            FloatMatrix rows = new FloatMatrix(observations.length, actDim, actions);
            float[][] out = new float[observations.length][];
            for (int b = 0; b < out.length; b++) {
                out[b] = rows.row(b);
            }
            return out;
        }
    }

    private PlainMlp policy() {
        if (policySnapshot == null) {
            policySnapshot = new PlainMlp(actor.network());
        }
        return policySnapshot;
    }

    private float[] randomAction() {
        float[] unit = new float[actDim];
        for (int i = 0; i < actDim; i++) {
            unit[i] = (float) (2 * actionNoise.nextDouble() - 1);
        }
        return scale.toEnvironment(unit);
    }

    /** The action from the actor's output heads (mean, then pre-squash log-std): its mode, or a sample. */
    private float[] squash(float[] heads, boolean deterministic) {
        float[] unit = new float[actDim];
        float[] eps = deterministic ? null : actionNoise.gaussian(actDim);
        for (int i = 0; i < actDim; i++) {
            double u = heads[i];
            if (!deterministic) {
                u += Math.exp(SquashedGaussian.boundedLogStd(heads[actDim + i])) * eps[i];
            }
            unit[i] = (float) Math.tanh(u);
        }
        return scale.toEnvironment(unit);
    }

    @Override
    public void observe(Transition transition) {
        replay.add(transition);
        steps++;
    }

    @Override
    public Map<String, Double> update(RewardFunction reward) {
        if (steps < settings.seedSteps() || replay.size() == 0) {
            return Map.of();
        }
        Map<String, Double> diagnostics = Map.of();
        for (int k = 0; k < settings.updatesPerStep(); k++) {
            diagnostics = trainStep(reward);
        }
        return diagnostics;
    }

    /** One gradient step of the critics, then of the actor and the temperature; the target critics every few steps. */
    private Map<String, Double> trainStep(RewardFunction reward) {
        TransitionBatch replayed = replay.sample(settings.batchSize(), updateNoise);
        TransitionBatch batch = new TransitionBatch(replayed.ids(), replayed.observations(), replayed.actions(),
                reward.rewards(replayed), replayed.nextObservations(), replayed.terminated());
        int n = batch.size();
        double alpha = Math.exp(logAlpha.getFloat());
        try (NDManager step = manager.newSubManager()) {
            NDArray obs = matrix(step, batch.observations());
            NDArray act = matrix(step, scale.toUnit(batch.actions()));

            NDArray criticLoss;
            if (criticObjective == null) {
                NDArray target = SacLosses.criticTarget(actor, targetCritic, step.create(batch.rewards()),
                        notTerminated(step, batch.terminated()), matrix(step, batch.nextObservations()),
                        noise(step, n), alpha, settings.gamma());
                try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                    criticLoss = SacLosses.criticLoss(critic.q(obs, act), target);
                    tape.backward(criticLoss);
                }
            } else {
                try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                    criticLoss = criticObjective.loss(new SoftQView(step, alpha), batch);
                    tape.backward(criticLoss);
                }
            }
            criticOptimizer.step();

            SquashedGaussian.Sample pi;
            NDArray actorLoss;
            NDArray temperatureLoss;
            try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                pi = actor.policy(obs).sample(noise(step, n));
                actorLoss = SacLosses.actorLoss(pi.logProb(), critic.detached(obs, pi.action()).min(), alpha);
                temperatureLoss = SacLosses.temperatureLoss(logAlpha, pi.logProb(), targetEntropy);
                tape.backward(actorLoss.add(temperatureLoss));
            }
            actorOptimizer.step();
            temperatureOptimizer.step();
            policyChanged();

            updates++;
            if (updates % settings.targetUpdateEvery() == 0) {
                targetCritic.softUpdate(critic, settings.tau());
            }
            Map<String, Double> diagnostics = new LinkedHashMap<>();
            diagnostics.put("critic-loss", scalar(criticLoss));
            diagnostics.put("actor-loss", scalar(actorLoss));
            diagnostics.put("temperature-loss", scalar(temperatureLoss));
            diagnostics.put("alpha", alpha);
            diagnostics.put("entropy", -scalar(pi.logProb().mean()));
            return diagnostics;
        }
    }

    private static double scalar(NDArray x) {
        return x.toFloatArray()[0];
    }

    private static NDArray matrix(NDManager step, FloatMatrix m) {
        return step.create(m.data(), new Shape(m.rows(), m.cols()));
    }

    private static NDArray notTerminated(NDManager step, boolean[] terminated) {
        float[] mask = new float[terminated.length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = terminated[i] ? 0 : 1;
        }
        return step.create(mask);
    }

    private NDArray noise(NDManager step, int n) {
        return step.create(updateNoise.gaussian(n * actDim), new Shape(n, actDim));
    }

    /** The critic as an inverse-RL objective sees it: the minimum of the twin critics, actions in environment units. */
    private final class SoftQView implements SoftQ {
        private final NDManager step;
        private final double alpha;

        SoftQView(NDManager step, double alpha) {
            this.step = step;
            this.alpha = alpha;
        }

        @Override
        public NDManager manager() {
            return step;
        }

        @Override
        public NDArray q(NDArray observations, NDArray actions) {
            return critic.q(observations, scale.toUnit(actions)).min();
        }

        @Override
        public NDArray value(NDArray observations) {
            SquashedGaussian.Sample a = actor.detachedPolicy(observations)
                    .sample(noise(step, Math.toIntExact(observations.getShape().get(0))));
            return critic.q(observations, a.action()).min().sub(Scalars.mul(a.logProb(), alpha));
        }

        @Override
        public NDArray policyActions(NDArray observations) {
            SquashedGaussian.Sample a = actor.detachedPolicy(observations)
                    .sample(noise(step, Math.toIntExact(observations.getShape().get(0))));
            return scale.toEnvironment(a.action()).stopGradient();
        }

        @Override
        public double discount() {
            return settings.gamma();
        }
    }

    @Override
    public void useCriticObjective(CriticObjective objective) {
        criticObjective = objective;
    }

    @Override
    public double logLikelihood(FloatMatrix observations, FloatMatrix actions) {
        try (NDManager step = manager.newSubManager()) {
            NDArray logProb = actor.detachedPolicy(matrix(step, observations)).logProbOfPreSquash(preSquash(step, actions));
            return scalar(logProb.mean());
        }
    }

    @Override
    public double maximizeLikelihoodStep(FloatMatrix observations, FloatMatrix actions) {
        try (NDManager step = manager.newSubManager()) {
            NDArray obs = matrix(step, observations);
            NDArray u = preSquash(step, actions);
            double loss;
            try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                NDArray negLogLikelihood = actor.policy(obs).logProbOfPreSquash(u).mean().neg();
                tape.backward(negLogLikelihood);
                loss = scalar(negLogLikelihood);
            }
            likelihoodOptimizer.step();
            policyChanged();
            return loss;
        }
    }

    /** atanh of the actions in [-1, 1], clamped to +-(1 - 1e-5) so that the likelihood stays finite. */
    private NDArray preSquash(NDManager step, FloatMatrix actions) {
        FloatMatrix unit = scale.toUnit(actions);
        float[] u = unit.data();
        for (int i = 0; i < u.length; i++) {
            double a = Math.max(-ACTION_LIMIT, Math.min(ACTION_LIMIT, u[i]));
            u[i] = (float) (0.5 * Math.log((1 + a) / (1 - a)));
        }
        return matrix(step, unit);
    }

    @Override
    public <C> Optional<C> capability(Class<C> type) {
        if (type == SoftQLearning.class || type == PolicyLikelihood.class || type == ExportablePolicy.class) {
            return Optional.of(type.cast(this));
        }
        return Optional.empty();
    }

    private List<NDArray> networkParameters() {
        List<NDArray> all = new ArrayList<>(actor.network().parameters());
        all.addAll(critic.parameters());
        all.addAll(targetCritic.parameters());
        all.add(logAlpha);
        return all;
    }

    private Map<String, AdamW> optimizers() {
        return Map.of("actor", actorOptimizer, "critic", criticOptimizer, "temperature", temperatureOptimizer,
                "likelihood", likelihoodOptimizer);
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
            out.writeLong(updateNoise.state());
            out.writeLong(actionNoise.state());
        });
    }

    @Override
    public void load(Path directory) throws IOException {
        Tensors.loadInto(directory.resolve("networks.ndlist"), networkParameters());
        for (Map.Entry<String, AdamW> e : optimizers().entrySet()) {
            try (NDManager scratch = manager.newSubManager()) {
                e.getValue().restore(Tensors.load(directory.resolve(e.getKey() + "-adam.ndlist"), scratch));
            }
        }
        replay.load(directory.resolve("replay.bin"));
        try (DataInputStream in = new DataInputStream(Files.newInputStream(directory.resolve("counters.bin")))) {
            steps = in.readLong();
            updates = in.readLong();
            updateNoise.restore(in.readLong());
            actionNoise.restore(in.readLong());
        }
        policyChanged();
    }

    /** Drops the inference copies of the actor; they are rebuilt from the new values when next needed. */
    private void policyChanged() {
        policySnapshot = null;
        if (onnxPolicy != null) {
            onnxPolicy.close();
            onnxPolicy = null;
        }
    }

    @Override
    public PolicyNetwork policyNetwork() {
        Mlp network = actor.network();
        List<PolicyNetwork.Dense> layers = new ArrayList<>();
        for (int l = 0; l < network.depth(); l++) {
            int in = network.sizes()[l];
            int out = network.sizes()[l + 1];
            float[] w = network.weight(l).toFloatArray();
            float[] b = network.bias(l).toFloatArray();
            if (l + 1 == network.depth()) {
                // only the mean head: the first |A| outputs (the log-stds follow)
                out = actDim;
                w = java.util.Arrays.copyOf(w, actDim * in);
                b = java.util.Arrays.copyOf(b, actDim);
            }
            layers.add(new PolicyNetwork.Dense(in, out, w, b));
        }
        return new PolicyNetwork(null, layers, network.activation(), scale.center().clone(), scale.halfRange().clone());
    }

    @Override
    public void close() {
        policyChanged();
        manager.close();
    }
}
