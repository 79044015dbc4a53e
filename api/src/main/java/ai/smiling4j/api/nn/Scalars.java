package ai.smiling4j.api.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

import java.util.function.BinaryOperator;

/**
 * Arithmetic of an array with a constant that is safe under autograd. Use these instead of DJL's
 * {@code NDArray.mul(Number)}, {@code div}, {@code pow}, {@code maximum} and {@code minimum}
 * and {@code muli} (an architecture test enforces it).
 *
 * <p>DJL's PyTorch engine implements {@code x.mul(2)} by wrapping the number in a tensor over a
 * Java direct buffer and closing that tensor right after the call. PyTorch's autograd keeps the
 * number's tensor for the backward pass ({@code d(x c)/dx = c}) but not its memory, which the
 * JVM frees once a garbage collection has found the buffer unreachable: a gradient computed
 * after that read freed memory (garbage, at times NaN, and different from run to run). Here the
 * constant is a tensor whose memory PyTorch owns, so the backward pass keeps it alive.
 */
public final class Scalars {
    private Scalars() {
    }

    /** {@code x * c}. */
    public static NDArray mul(NDArray x, double c) {
        return apply(x, c, NDArray::mul);
    }

    /** {@code x / c}. */
    public static NDArray div(NDArray x, double c) {
        return apply(x, c, NDArray::div);
    }

    /** {@code x ^ c}, element-wise. */
    public static NDArray pow(NDArray x, double c) {
        return apply(x, c, NDArray::pow);
    }

    /** {@code max(x, c)}, element-wise. */
    public static NDArray maximum(NDArray x, double c) {
        return apply(x, c, NDArray::maximum);
    }

    /** {@code min(x, c)}, element-wise. */
    public static NDArray minimum(NDArray x, double c) {
        return apply(x, c, NDArray::minimum);
    }

    /** {@code x *= c}, in place; returns {@code x}. */
    public static NDArray muli(NDArray x, double c) {
        return apply(x, c, NDArray::muli);
    }

    private static NDArray apply(NDArray x, double c, BinaryOperator<NDArray> op) {
        // closing the handle after the call is safe: autograd holds its own reference to the tensor
        try (NDArray constant = x.getManager().full(new Shape(), (float) c, x.getDataType())) {
            return op.apply(x, constant);
        }
    }
}
