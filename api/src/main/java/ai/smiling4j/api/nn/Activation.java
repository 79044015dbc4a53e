package ai.smiling4j.api.nn;

import ai.djl.ndarray.NDArray;

/** The element-wise non-linearities the networks of smiling4j use between layers. */
public enum Activation {
    /** No non-linearity (the paper's "linear" ablation). */
    IDENTITY,
    /** max(0, x). */
    RELU,
    /** max(0.01 x, x), PyTorch's default slope. */
    LEAKY_RELU,
    /** x * sigmoid(x) (DreamerV3's networks). */
    SILU,
    /** tanh(x). */
    TANH;

    /** The slope of {@link #LEAKY_RELU} below zero. */
    public static final float LEAKY_RELU_SLOPE = 0.01f;

    /** Applies the function to every element (a new array; the input is left as it is). */
    public NDArray apply(NDArray x) {
        return switch (this) {
            case IDENTITY -> x;
            case RELU -> ai.djl.nn.Activation.relu(x);
            case LEAKY_RELU -> ai.djl.nn.Activation.leakyRelu(x, LEAKY_RELU_SLOPE);
            case SILU -> x.mul(ai.djl.nn.Activation.sigmoid(x));
            case TANH -> x.tanh();
        };
    }

    /** The configuration word for this activation ({@code leaky-relu}). */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The activation a configuration word names. */
    public static Activation fromConfig(String word) {
        return valueOf(word.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** Every configuration word, for option schemas. */
    public static java.util.List<String> configNames() {
        return java.util.Arrays.stream(values()).map(Activation::configName).toList();
    }
}
