package ai.smiling4j.runner.export.tensorflow;

import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.policy.OnnxModel;
import ai.smiling4j.api.policy.PolicyNetwork;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TFloat32;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@link PolicyNetwork} as a TensorFlow SavedModel, built with TensorFlow Java: a graph of
 * constants and {@code MatMul}/{@code Add} layers (the same computation as the ONNX model), one
 * serving signature {@value #SIGNATURE} ({@code tensorflow/serving/predict}) from
 * {@code observation [batch, observationDim]} to {@code action [batch, actionDim]}, tag
 * {@value #TAG}. The only package of smiling4j that touches TensorFlow: its natives load when
 * {@link #write} first runs, never in any other command.
 */
public final class SavedModelWriter {
    /** The serving signature's key. */
    public static final String SIGNATURE = "serving_default";
    /** The tag of the exported meta-graph. */
    public static final String TAG = "serve";
    /** What provides TensorFlow Java, for the message when it is missing. */
    public static final String PROVIDER = "the Maven artifacts org.tensorflow:tensorflow-core-api:1.1.0 and "
            + "org.tensorflow:tensorflow-core-native:1.1.0 (classifier linux-x86_64)";

    private SavedModelWriter() {
    }

    /** Writes {@code policy} as a SavedModel into {@code directory}, which must not exist yet. */
    public static void write(PolicyNetwork policy, Path directory) throws IOException {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> observation = tf.withName(OnnxModel.INPUT).placeholder(TFloat32.class,
                    Placeholder.shape(Shape.of(Shape.UNKNOWN_SIZE, policy.observationDim())));
            Operand<TFloat32> x = observation;
            if (policy.normalization() != null) {
                x = tf.math.div(tf.math.sub(x, vector(tf, policy.normalization().mean())), vector(tf, policy.normalization().std()));
            }
            for (int l = 0; l < policy.layers().size(); l++) {
                PolicyNetwork.Dense d = policy.layers().get(l);
                Operand<TFloat32> w = tf.constant(Shape.of(d.inputs(), d.outputs()), DataBuffers.of(transposed(d), true, false));
                x = tf.math.add(tf.linalg.matMul(x, w), vector(tf, d.bias()));
                if (l + 1 < policy.layers().size()) {
                    x = activation(tf, policy.activation(), x);
                }
            }
            Operand<TFloat32> action = tf.withName(OnnxModel.OUTPUT).math.add(
                    tf.math.mul(tf.math.tanh(x), vector(tf, policy.actionHalfRange())), vector(tf, policy.actionCenter()));
            Signature signature = Signature.builder().key(SIGNATURE).methodName("tensorflow/serving/predict")
                    .input(OnnxModel.INPUT, observation).output(OnnxModel.OUTPUT, action).build();
            SavedModelBundle.exporter(directory.toString()).withTags(TAG)
                    .withFunction(SessionFunction.create(signature, session)).export();
        }
    }

    /** W transposed, row-major {@code inputs x outputs}, so that a row of observations times it gives the outputs. */
    private static float[] transposed(PolicyNetwork.Dense d) {
        float[] t = new float[d.weight().length];
        for (int o = 0; o < d.outputs(); o++) {
            for (int i = 0; i < d.inputs(); i++) {
                t[i * d.outputs() + o] = d.weight()[o * d.inputs() + i];
            }
        }
        return t;
    }

    private static Operand<TFloat32> vector(Ops tf, float[] values) {
        return tf.constant(Shape.of(values.length), DataBuffers.of(values, true, true));
    }

    private static Operand<TFloat32> activation(Ops tf, Activation activation, Operand<TFloat32> x) {
        return switch (activation) {
            case IDENTITY -> x;
            case RELU -> tf.nn.relu(x);
            case LEAKY_RELU -> tf.nn.leakyRelu(x, LeakyRelu.alpha(Activation.LEAKY_RELU_SLOPE));
            case SILU -> tf.math.mul(x, tf.math.sigmoid(x));
            case TANH -> tf.math.tanh(x);
        };
    }
}
