package ai.smiling4j.api.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NnTest {

    /** Sets the gradient of every parameter to {@code g} (backward of sum(g * p)). */
    private static void gradient(NDArray p, float[] g) {
        try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
            c.backward(p.mul(p.getManager().create(g, p.getShape())).sum());
        }
    }

    @Test
    void orthogonalInitHasOrthonormalRowsOrColumns() {
        for (int[] shape : new int[][] {{8, 5}, {5, 8}, {6, 6}}) {
            int out = shape[0];
            int in = shape[1];
            float[] w = Initializer.orthogonal(out, in, new SplittableRandom(1));
            int k = Math.min(out, in);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double dot = 0;
                    for (int i = 0; i < Math.max(out, in); i++) {
                        // rows of W when out <= in, columns otherwise
                        dot += out <= in ? w[a * in + i] * w[b * in + i] : w[i * in + a] * w[i * in + b];
                    }
                    assertEquals(a == b ? 1 : 0, dot, 1e-5, "shape " + out + "x" + in);
                }
            }
        }
    }

    @Test
    void mlpForwardMatchesHandComputation() {
        try (NDManager m = NDManager.newBaseManager()) {
            Mlp mlp = Mlp.create(m, new int[] {2, 2, 1}, Activation.LEAKY_RELU, Initializer.TORCH_DEFAULT,
                    new SplittableRandom(0));
            mlp.weight(0).set(new float[] {1, -1, 2, 0.5f});
            mlp.bias(0).set(new float[] {0, -3});
            mlp.weight(1).set(new float[] {1, 10});
            mlp.bias(1).set(new float[] {0.5f});
            // x = (1, 2): h = (1 - 2, 2 + 1 - 3) = (-1, 0) -> leaky (-0.01, 0) -> y = -0.01 + 0 + 0.5
            float[] y = mlp.forward(m.create(new float[] {1, 2}, new Shape(1, 2))).toFloatArray();
            assertEquals(0.49f, y[0], 1e-6);
        }
    }

    @Test
    void adamWMatchesPyTorchsUpdateRule() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray p = m.create(new float[] {1f, -2f});
            p.setRequiresGradient(true);
            AdamW opt = new AdamW(List.of(p), 0.1, 0.9, 0.999, 1e-8, 0.5);
            gradient(p, new float[] {0.5f, -1f});
            opt.step();
            // p <- p - lr wd p - lr mhat / (sqrt(vhat) + eps); step 1: mhat = g, sqrt(vhat) = |g|
            // p0: 1 - 0.05 - 0.1 = 0.85; p1: -2 + 0.1 + 0.1 = -1.8
            assertArrayEquals(new float[] {0.85f, -1.8f}, p.toFloatArray(), 1e-6f);
            gradient(p, new float[] {0.5f, -1f});
            opt.step();
            // step 2 with the same gradient: mhat = g, vhat = g^2 again; p0: 0.85 - 0.0425 - 0.1 = 0.7075
            assertArrayEquals(new float[] {0.7075f, -1.8f + 0.09f + 0.1f}, p.toFloatArray(), 1e-6f);
        }
    }

    @Test
    void optimizerStateRestoresExactly(@TempDir Path dir) throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new float[] {1f, 2f});
            a.setRequiresGradient(true);
            AdamW first = AdamW.withDefaults(List.of(a), 0.01, 0.01);
            gradient(a, new float[] {0.3f, -0.7f});
            first.step();
            Tensors.save(dir.resolve("opt.bin"), first.state(m));
            Tensors.save(dir.resolve("params.bin"), List.of(a));

            NDArray b = m.create(new float[] {0f, 0f});
            b.setRequiresGradient(true);
            AdamW second = AdamW.withDefaults(List.of(b), 0.01, 0.01);
            Tensors.loadInto(dir.resolve("params.bin"), List.of(b));
            second.restore(Tensors.load(dir.resolve("opt.bin"), m));
            assertEquals(1, second.steps());

            gradient(a, new float[] {0.1f, 0.2f});
            first.step();
            gradient(b, new float[] {0.1f, 0.2f});
            second.step();
            assertArrayEquals(a.toFloatArray(), b.toFloatArray());
        }
    }

    @Test
    void softUpdateAveragesParameters() {
        try (NDManager m = NDManager.newBaseManager()) {
            Mlp source = Mlp.create(m, new int[] {3, 4, 2}, Activation.RELU, Initializer.ORTHOGONAL, new SplittableRandom(1));
            Mlp target = Mlp.create(m, new int[] {3, 4, 2}, Activation.RELU, Initializer.ORTHOGONAL, new SplittableRandom(2));
            float before = target.weight(0).toFloatArray()[0];
            float src = source.weight(0).toFloatArray()[0];
            assertNotEquals(before, src);
            target.softUpdate(source, 0.25);
            assertEquals(0.75f * before + 0.25f * src, target.weight(0).toFloatArray()[0], 1e-6);
            target.copyFrom(source);
            assertArrayEquals(source.weight(1).toFloatArray(), target.weight(1).toFloatArray());
            Mlp copy = source.copy(m);
            NDArray x = m.randomNormal(new Shape(5, 3));
            assertArrayEquals(source.forward(x).toFloatArray(), copy.forward(x).toFloatArray());
        }
    }

    @Test
    void tensorsRoundTrip(@TempDir Path dir) throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new float[] {1.5f, -2f, 3f}, new Shape(3, 1));
            Tensors.save(dir.resolve("a.bin"), List.of(a));
            NDList back = Tensors.load(dir.resolve("a.bin"), m);
            assertEquals(a.getShape(), back.get(0).getShape());
            assertArrayEquals(a.toFloatArray(), back.get(0).toFloatArray());
        }
    }
}
