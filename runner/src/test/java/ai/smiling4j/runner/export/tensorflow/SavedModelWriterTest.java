package ai.smiling4j.runner.export.tensorflow;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.ExportablePolicy;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.RewardFunction;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.plugin.PluginContext;
import ai.smiling4j.api.plugin.SolverProvider;
import ai.smiling4j.api.policy.PolicyNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SavedModels written by {@link SavedModelWriter}, loaded back with TensorFlow Java through their
 * serving signature: they match the network's definition for every activation (with an
 * observation normalization), and a trained SAC policy on DJL's PyTorch within 1e-5.
 */
class SavedModelWriterTest {
    @TempDir
    Path dir;

    /** The actions the SavedModel in {@code model} gives for {@code observations}, through its serving signature. */
    static float[][] serve(Path model, float[][] observations) {
        int n = observations.length;
        int d = observations[0].length;
        float[] flat = new float[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(observations[i], 0, flat, i * d, d);
        }
        try (SavedModelBundle bundle = SavedModelBundle.load(model.toString(), SavedModelWriter.TAG);
             TFloat32 input = TFloat32.tensorOf(Shape.of(n, d), DataBuffers.of(flat, true, false));
             Result result = bundle.function(SavedModelWriter.SIGNATURE).call(Map.of("observation", input))) {
            Signature signature = bundle.function(SavedModelWriter.SIGNATURE).signature();
            assertEquals("tensorflow/serving/predict", signature.methodName());
            assertEquals(java.util.Set.of("observation"), signature.inputNames());
            assertEquals(java.util.Set.of("action"), signature.outputNames());
            TFloat32 out = (TFloat32) result.get("action").orElseThrow();
            int a = (int) out.shape().get(1);
            float[][] actions = new float[n][a];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < a; k++) {
                    actions[i][k] = out.getFloat(i, k);
                }
            }
            return actions;
        }
    }

    /** Layers of over a thousand weights too: TensorFlow 1.1.0's MatMul with transpose_b got those wrong. */
    @Test
    void everyActivationMatchesTheDefinition() throws Exception {
        SplittableRandom r = new SplittableRandom(4);
        for (Activation activation : Activation.values()) {
            PolicyNetwork p = network(r, activation, new int[] {5, 64, 40, 3});
            Path model = dir.resolve(activation.configName());
            SavedModelWriter.write(p, model);
            float[][] obs = new float[40][];
            for (int i = 0; i < obs.length; i++) {
                obs[i] = gaussian(r, 5, 2);
            }
            float[][] actions = serve(model, obs);
            for (int i = 0; i < obs.length; i++) {
                double[] expected = p.act(obs[i]);
                for (int k = 0; k < 3; k++) {
                    assertEquals(expected[k], actions[i][k], 1e-5, activation.configName());
                }
            }
        }
    }

    @Test
    void aTrainedSacPolicyMatchesPyTorch() throws Exception {
        SolverProvider sac = ServiceLoader.load(SolverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("sac")).findFirst().orElseThrow();
        EnvironmentSpec spec = new EnvironmentSpec("test", Box.unbounded(6), new Box(new float[] {-2, 0}, new float[] {2, 1}),
                100, 0, 1);
        SplittableRandom r = new SplittableRandom(8);
        try (RLSolver solver = sac.create(sac.options().resolve(Map.of("hidden", 48, "batch-size", 16, "seed-steps", 40,
                "replay-capacity", 500, "engine", "pytorch")), new Context(spec, dir))) {
            for (int t = 0; t < 60; t++) {
                float[] o = gaussian(r, 6, 1);
                float[] a = solver.act(o, false);
                solver.observe(new Transition(o, a, a[0] * a[1], gaussian(r, 6, 1), false, false));
                solver.update(RewardFunction.taskReward());
            }
            Path model = dir.resolve("sac");
            SavedModelWriter.write(solver.capability(ExportablePolicy.class).orElseThrow().policyNetwork(), model);
            float[][] obs = new float[2000][];
            for (int i = 0; i < obs.length; i++) {
                obs[i] = gaussian(r, 6, 3);
            }
            float[][] actions = serve(model, obs);
            double gap = 0;
            for (int i = 0; i < obs.length; i++) {
                float[] reference = solver.act(obs[i], true);
                for (int k = 0; k < 2; k++) {
                    gap = Math.max(gap, Math.abs(reference[k] - actions[i][k]));
                }
            }
            assertTrue(gap <= 1e-5, "TensorFlow vs PyTorch: " + gap);
        }
    }

    private record Context(EnvironmentSpec environment, Path workDirectory) implements PluginContext {
        @Override
        public long seed() {
            return 1;
        }

        @Override
        public ScoreModel newScoreModel(int dimension) {
            throw new UnsupportedOperationException();
        }
    }

    private static PolicyNetwork network(SplittableRandom r, Activation activation, int[] sizes) {
        List<PolicyNetwork.Dense> layers = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            layers.add(new PolicyNetwork.Dense(sizes[l], sizes[l + 1],
                    gaussian(r, sizes[l] * sizes[l + 1], 1 / Math.sqrt(sizes[l])), gaussian(r, sizes[l + 1], 0.3)));
        }
        float[] std = gaussian(r, sizes[0], 1);
        for (int i = 0; i < std.length; i++) {
            std[i] = 0.5f + Math.abs(std[i]);
        }
        return new PolicyNetwork(new PolicyNetwork.Normalization(gaussian(r, sizes[0], 1), std), layers, activation,
                new float[] {0.5f, -1, 0}, new float[] {1, 2, 0.25f});
    }

    private static float[] gaussian(SplittableRandom r, int n, double scale) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (scale * r.nextGaussian());
        }
        return x;
    }
}
