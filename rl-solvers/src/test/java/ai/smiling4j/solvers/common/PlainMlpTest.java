package ai.smiling4j.solvers.common;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PlainMlpTest {

    @Test
    void matchesTheEngineForwardForEveryActivation() {
        try (NDManager m = NDManager.newBaseManager()) {
            for (Activation activation : Activation.values()) {
                Mlp mlp = Mlp.create(m, new int[] {5, 32, 32, 4}, activation, Initializer.TORCH_DEFAULT,
                        new SplittableRandom(3));
                float[] x = {0.3f, -1.2f, 0f, 2.5f, -0.7f};
                float[] engine = mlp.forward(m.create(x, new Shape(1, 5))).toFloatArray();
                assertArrayEquals(engine, new PlainMlp(mlp).forward(x), 1e-5f, activation.name());
            }
        }
    }

    @Test
    void gaussianStreamHasUnitMomentsAndRestoresExactly() {
        RandomStream r = new RandomStream(1, "test");
        float[] g = r.gaussian(100_001);
        double mean = 0;
        double square = 0;
        for (float v : g) {
            mean += v / g.length;
            square += v * v / g.length;
        }
        assertArrayEquals(new double[] {0, 1}, new double[] {mean, square}, 0.02);
        long state = r.state();
        float[] next = r.gaussian(3);
        r.restore(state);
        assertArrayEquals(next, r.gaussian(3));
    }
}
