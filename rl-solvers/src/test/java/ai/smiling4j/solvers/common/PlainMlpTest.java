package ai.smiling4j.solvers.common;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Initializer;
import ai.smiling4j.api.nn.Mlp;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aBatchEqualsItsRowsOneByOneBitForBit() {
        try (NDManager m = NDManager.newBaseManager()) {
            Mlp mlp = Mlp.create(m, new int[] {3, 64, 64, 2}, Activation.RELU, Initializer.ORTHOGONAL,
                    new SplittableRandom(4));
            PlainMlp plain = new PlainMlp(mlp);
            SplittableRandom r = new SplittableRandom(5);
            float[][] xs = new float[7][3];
            for (float[] x : xs) {
                for (int j = 0; j < x.length; j++) {
                    x[j] = (float) r.nextGaussian();
                }
            }
            xs[2][1] = 0;
            float[][] batch = plain.forward(xs);
            for (int b = 0; b < xs.length; b++) {
                assertArrayEquals(plain.forward(xs[b]), batch[b], 0f, "row " + b);
            }
            assertEquals(0, plain.forward(new float[0][]).length);
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
