package ai.smiling4j.solvers.dreamer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.nn.Activation;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The plain-Java acting path computes what the engine's networks compute, row by row. */
class PlainActingTest {

    private static float[] gaussian(SplittableRandom r, int n, double scale) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (scale * (r.nextDouble() * 2 - 1));
        }
        return x;
    }

    private static NDArray batch(NDManager m, float[] x) {
        return m.create(x, new Shape(1, x.length));
    }

    @Test
    void normMlpMatchesTheEngineWithAndWithoutOutputLayer() {
        SplittableRandom r = new SplittableRandom(3);
        try (NDManager m = NDManager.newBaseManager()) {
            for (int out : new int[] {0, 7}) {
                for (Activation a : new Activation[] {Activation.SILU, Activation.IDENTITY}) {
                    NormMlp net = NormMlp.create(m, 11, 24, 2, out, false, a, r);
                    // non-trivial LayerNorm scales and offsets
                    for (NDArray p : net.parameters()) {
                        p.set(gaussian(r, Math.toIntExact(p.size()), 1));
                    }
                    float[] x = gaussian(r, 11, 3);
                    assertArrayEquals(net.forward(batch(m, x)).toFloatArray(), net.plain().forward(x), 1e-4f);
                }
            }
        }
    }

    @Test
    void rssmStepAndPosteriorMatchTheEngine() {
        SplittableRandom r = new SplittableRandom(5);
        Categorical latent = new Categorical(4, 5, 0.01);
        try (NDManager m = NDManager.newBaseManager()) {
            Rssm rssm = new Rssm(m, 16, latent, 3, 12, 20, r);
            Rssm.Plain plain = rssm.plain();
            float[] h = gaussian(r, 16, 1);
            float[] z = gaussian(r, latent.size(), 1);
            float[] a = gaussian(r, 3, 1);
            float[] e = gaussian(r, 12, 2);
            NDArray next = rssm.step(batch(m, h), batch(m, z), batch(m, a));
            float[] plainNext = plain.step(h, z, a);
            assertArrayEquals(next.toFloatArray(), plainNext, 1e-5f);
            assertArrayEquals(rssm.posteriorLogits(next, batch(m, e)).toFloatArray(), plain.posteriorLogits(plainNext, e),
                    1e-4f);
            assertArrayEquals(rssm.priorLogits(next).toFloatArray(), plain.priorLogits(plainNext), 1e-4f);
        }
    }

    @Test
    void categoricalProbabilitiesSamplesAndModesMatchTheEngine() {
        SplittableRandom r = new SplittableRandom(9);
        Categorical latent = new Categorical(6, 4, 0.01);
        try (NDManager m = NDManager.newBaseManager()) {
            for (int k = 0; k < 20; k++) {
                float[] logits = gaussian(r, latent.size(), 3);
                float[] u = gaussian(r, latent.latents(), 0.5);
                for (int i = 0; i < u.length; i++) {
                    u[i] += 0.5f;
                }
                NDArray p = latent.probabilities(batch(m, logits));
                float[] plain = latent.probabilities(logits);
                assertArrayEquals(p.toFloatArray(), plain, 1e-6f);
                assertArrayEquals(latent.sample(p, u).toFloatArray(), latent.sample(plain, u), 0f);
                assertArrayEquals(latent.mode(p).toFloatArray(), latent.mode(plain), 0f);
            }
        }
    }
}
