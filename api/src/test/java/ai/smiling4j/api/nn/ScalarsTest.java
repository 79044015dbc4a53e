package ai.smiling4j.api.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class ScalarsTest {

    /**
     * The gradient of {@code sum(f(x))} at {@code x}, with garbage collections between the forward
     * and the backward pass: whatever memory the JVM can free by then is freed and reused.
     */
    private static float[] gradientAfterCollections(float[] x, UnaryOperator<NDArray> f) throws InterruptedException {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray p = m.create(x);
            p.setRequiresGradient(true);
            try (GradientCollector tape = Engine.getInstance().newGradientCollector()) {
                NDArray y = f.apply(p).sum();
                List<NDArray> reuse = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    System.gc();
                    Thread.sleep(20);
                    for (int k = 0; k < 200; k++) {
                        reuse.add(m.create(new float[] {1e30f}));
                    }
                }
                tape.backward(y);
            }
            return p.getGradient().toFloatArray();
        }
    }

    @Test
    void gradientsOfConstantArithmeticSurviveGarbageCollection() throws InterruptedException {
        float[] x = {1, 2, 4};
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, gradientAfterCollections(x, p -> Scalars.mul(p, 0.5)));
        assertArrayEquals(new float[] {0.25f, 0.25f, 0.25f}, gradientAfterCollections(x, p -> Scalars.div(p, 4)));
        // d x^3 / dx = 3 x^2
        assertArrayEquals(new float[] {3, 12, 48}, gradientAfterCollections(x, p -> Scalars.pow(p, 3)));
        // max(x, 2): gradient 1 where x > 2, 0 where x < 2 (PyTorch splits a tie in halves)
        assertArrayEquals(new float[] {0, 0.5f, 1}, gradientAfterCollections(x, p -> Scalars.maximum(p, 2)));
        assertArrayEquals(new float[] {1, 0.5f, 0}, gradientAfterCollections(x, p -> Scalars.minimum(p, 2)));
    }

    @Test
    void valuesAreThoseOfTheArithmetic() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {-2, 3});
            assertArrayEquals(new float[] {-3, 4.5f}, Scalars.mul(x, 1.5).toFloatArray());
            assertArrayEquals(new float[] {-0.5f, 0.75f}, Scalars.div(x, 4).toFloatArray());
            assertArrayEquals(new float[] {4, 9}, Scalars.pow(x, 2).toFloatArray());
            assertArrayEquals(new float[] {0, 3}, Scalars.maximum(x, 0).toFloatArray());
            assertArrayEquals(new float[] {-2, 0}, Scalars.minimum(x, 0).toFloatArray());
        }
    }
}
