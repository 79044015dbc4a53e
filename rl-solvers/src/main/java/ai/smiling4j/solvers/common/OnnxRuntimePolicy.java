package ai.smiling4j.solvers.common;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.smiling4j.api.EngineUnavailableException;
import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.policy.OnnxModel;
import ai.smiling4j.api.policy.PolicyNetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A deterministic policy run from an ONNX file by ONNX Runtime, through DJL's {@code OnnxRuntime}
 * engine: the model's block is called directly (no predictor, no translator), one small native
 * call per batch. The engine's natives load when the first instance is made, never before.
 * Not thread-safe.
 */
public final class OnnxRuntimePolicy implements AutoCloseable {
    /** DJL's name of the engine. */
    public static final String ENGINE = "OnnxRuntime";
    /** What provides the engine, for the message when it is missing. */
    public static final String PROVIDER = "the Maven artifact ai.djl.onnxruntime:onnxruntime-engine:0.36.0 "
            + "(which brings com.microsoft.onnxruntime:onnxruntime 1.21.1)";

    private final Model model;
    private final ParameterStore parameters;
    private final int observationDim;
    private FloatBuffer inputBuffer;
    private NDArray inputArray;

    private OnnxRuntimePolicy(Model model, int observationDim) {
        this.model = model;
        this.parameters = new ParameterStore(model.getNDManager(), false);
        this.observationDim = observationDim;
    }

    /** Writes {@code policy} as an ONNX model to {@code file} and opens it with {@code threads} intra-op threads. */
    public static OnnxRuntimePolicy write(PolicyNetwork policy, Path file, int threads) {
        try {
            AtomicFiles.write(file, out -> out.write(OnnxModel.encode(policy, "smiling4j")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ONNX policy " + file, e);
        }
        return open(file, policy.observationDim(), threads);
    }

    /** Opens an ONNX policy file (input {@code [batch, observationDim]}) with {@code threads} intra-op threads. */
    public static OnnxRuntimePolicy open(Path file, int observationDim, int threads) {
        requireEngine();
        String name = file.getFileName().toString();
        String prefix = name.endsWith(".onnx") ? name.substring(0, name.length() - ".onnx".length()) : name;
        Model model = Model.newInstance(prefix, ENGINE);
        try {
            model.load(file.toAbsolutePath().getParent(), prefix, Map.of("intraOpNumThreads", Integer.toString(threads),
                    "interOpNumThreads", "1"));
        } catch (IOException | MalformedModelException e) {
            model.close();
            throw new IllegalStateException("ONNX Runtime cannot load " + file + ": " + e.getMessage(), e);
        }
        return new OnnxRuntimePolicy(model, observationDim);
    }

    /** Loads DJL's ONNX Runtime engine, or says in one sentence what is missing. */
    public static void requireEngine() {
        requireEngine(ENGINE);
    }

    static void requireEngine(String djlName) {
        try {
            Engine.getEngine(djlName);
        } catch (RuntimeException | LinkageError e) {
            throw new EngineUnavailableException("ONNX Runtime", PROVIDER, e);
        }
    }

    /** The action for one observation. */
    public float[] act(float[] observation) {
        return act(new float[][] {observation})[0];
    }

    /**
     * The actions for a batch of observations, one native call. The input tensor of the last batch size is
     * kept over a direct buffer and overwritten, so a call allocates only its output.
     */
    public float[][] act(float[][] observations) {
        int n = observations.length;
        if (n == 0) {
            return new float[0][];
        }
        FloatBuffer in = input(n);
        for (float[] o : observations) {
            if (o.length != observationDim) {
                throw new IllegalArgumentException("the policy takes observations of size " + observationDim + ", got " + o.length);
            }
            in.put(o);
        }
        NDArray out = model.getBlock().forward(parameters, new NDList(inputArray), false).singletonOrThrow();
        try {
            float[] actions = out.toFloatArray();
            int actionDim = actions.length / n;
            float[][] result = new float[n][];
            for (int i = 0; i < n; i++) {
                result[i] = Arrays.copyOfRange(actions, i * actionDim, (i + 1) * actionDim);
            }
            return result;
        } finally {
            out.close();
        }
    }

    /** The reusable input buffer for {@code batch} rows, (re)made when the batch size changes. */
    private FloatBuffer input(int batch) {
        if (inputBuffer == null || inputBuffer.capacity() != batch * observationDim) {
            if (inputArray != null) {
                inputArray.close();
            }
            inputBuffer = ByteBuffer.allocateDirect(batch * observationDim * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
            inputArray = model.getNDManager().create(inputBuffer, new Shape(batch, observationDim), DataType.FLOAT32);
        }
        inputBuffer.clear();
        return inputBuffer;
    }

    @Override
    public void close() {
        model.close();
    }
}
