package ai.smiling4j.api.policy;

import ai.smiling4j.api.data.ProtoWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PolicyNetwork} as an ONNX model (opset 13, IR version 7), encoded by hand in the
 * protocol-buffer wire format of onnx.proto. The graph takes {@value #INPUT}, a float tensor
 * {@code [batch, observationDim]}, and gives {@value #OUTPUT}, {@code [batch, actionDim]}:
 * {@code Sub}/{@code Div} for the normalization, one {@code Gemm} per layer (weights as stored,
 * {@code transB = 1}) with {@code Relu}, {@code LeakyRelu}, {@code Tanh} or
 * {@code Sigmoid}-{@code Mul} between layers, then {@code Tanh}, and {@code Mul} and {@code Add} into
 * the action box where it is not {@code [-1, 1]} (each node costs about half a microsecond at batch 1).
 */
public final class OnnxModel {
    /** Name of the graph's input. */
    public static final String INPUT = "observation";
    /** Name of the graph's output. */
    public static final String OUTPUT = "action";
    /** The ONNX operator set the graph uses. */
    public static final int OPSET = 13;
    private static final int IR_VERSION = 7;
    private static final int FLOAT = 1;
    private static final int ATTRIBUTE_FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;

    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private int counter;

    private OnnxModel() {
    }

    /** The serialized ModelProto of {@code policy}, ready to be written as a .onnx file. */
    public static byte[] encode(PolicyNetwork policy, String producerVersion) {
        return new OnnxModel().model(policy, producerVersion);
    }

    private byte[] model(PolicyNetwork policy, String producerVersion) {
        String x = INPUT;
        if (policy.normalization() != null) {
            x = node("Sub", x, constant("observation_mean", policy.normalization().mean()));
            x = node("Div", x, constant("observation_std", policy.normalization().std()));
        }
        List<PolicyNetwork.Dense> layers = policy.layers();
        for (int l = 0; l < layers.size(); l++) {
            PolicyNetwork.Dense d = layers.get(l);
            String w = constant("layer" + l + "_weight", d.weight(), d.outputs(), d.inputs());
            String b = constant("layer" + l + "_bias", d.bias(), d.outputs());
            x = node("Gemm", List.of(x, w, b), intAttribute("transB", 1));
            if (l + 1 < layers.size()) {
                x = activation(policy, x);
            }
        }
        boolean scaled = !allEqual(policy.actionHalfRange(), 1);
        boolean shifted = !allEqual(policy.actionCenter(), 0);
        x = node("Tanh", List.of(x), null, scaled || shifted ? name("Tanh") : OUTPUT);
        if (scaled) {
            x = node("Mul", List.of(x, constant("action_half_range", policy.actionHalfRange())), null,
                    shifted ? name("Mul") : OUTPUT);
        }
        if (shifted) {
            node("Add", List.of(x, constant("action_center", policy.actionCenter())), null, OUTPUT);
        }

        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, "policy");
        initializers.forEach(t -> graph.message(5, t));
        graph.string(10, "deterministic policy: observation -> mean action (tanh-squashed, in the action box)");
        graph.message(11, valueInfo(INPUT, policy.observationDim()));
        graph.message(12, valueInfo(OUTPUT, policy.actionDim()));

        ProtoWriter model = new ProtoWriter();
        model.varint(1, IR_VERSION);
        model.string(2, "smiling4j");
        model.string(3, producerVersion);
        model.message(7, graph);
        model.message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        return model.toByteArray();
    }

    /** Whether every value is exactly {@code v} (then the node that would apply it is left out: it changes nothing). */
    private static boolean allEqual(float[] values, float v) {
        for (float x : values) {
            if (x != v) {
                return false;
            }
        }
        return true;
    }

    private String activation(PolicyNetwork policy, String x) {
        return switch (policy.activation()) {
            case IDENTITY -> x;
            case RELU -> node("Relu", x);
            case LEAKY_RELU -> node("LeakyRelu", List.of(x), floatAttribute("alpha", ai.smiling4j.api.nn.Activation.LEAKY_RELU_SLOPE));
            case SILU -> node("Mul", x, node("Sigmoid", x));
            case TANH -> node("Tanh", x);
        };
    }

    private String node(String op, String... inputs) {
        return node(op, List.of(inputs), null);
    }

    private String node(String op, List<String> inputs, ProtoWriter attribute) {
        return node(op, inputs, attribute, name(op));
    }

    /** The name of the next node's output when it is not the graph's. */
    private String name(String op) {
        return op.toLowerCase(java.util.Locale.ROOT) + "_" + counter;
    }

    /** NodeProto: input = 1, output = 2, name = 3, op_type = 4, attribute = 5. */
    private String node(String op, List<String> inputs, ProtoWriter attribute, String output) {
        ProtoWriter n = new ProtoWriter();
        inputs.forEach(i -> n.string(1, i));
        n.string(2, output);
        n.string(3, "node" + counter++);
        n.string(4, op);
        if (attribute != null) {
            n.message(5, attribute);
        }
        nodes.add(n);
        return output;
    }

    /** AttributeProto: name = 1, i = 3, type = 20. */
    private static ProtoWriter intAttribute(String name, long value) {
        return new ProtoWriter().string(1, name).varint(3, value).varint(20, ATTRIBUTE_INT);
    }

    /** AttributeProto: name = 1, f = 2, type = 20. */
    private static ProtoWriter floatAttribute(String name, float value) {
        return new ProtoWriter().string(1, name).float32(2, value).varint(20, ATTRIBUTE_FLOAT);
    }

    /** TensorProto: dims = 1, data_type = 2, float_data = 4 (packed), name = 8. */
    private String constant(String name, float[] values, long... dims) {
        ProtoWriter t = new ProtoWriter();
        for (long d : dims.length == 0 ? new long[] {values.length} : dims) {
            t.varint(1, d);
        }
        t.varint(2, FLOAT);
        t.packedFloats(4, values);
        t.string(8, name);
        initializers.add(t);
        return name;
    }

    /**
     * ValueInfoProto (name = 1, type = 2) of a float matrix {@code [batch, columns]}: TypeProto.tensor_type = 1,
     * Tensor.elem_type = 1, Tensor.shape = 2, TensorShapeProto.dim = 1, Dimension.dim_value = 1, dim_param = 2.
     */
    private static ProtoWriter valueInfo(String name, int columns) {
        ProtoWriter shape = new ProtoWriter()
                .message(1, new ProtoWriter().string(2, "batch"))
                .message(1, new ProtoWriter().varint(1, columns));
        ProtoWriter tensor = new ProtoWriter().varint(1, FLOAT).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensor));
    }
}
