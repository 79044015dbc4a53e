package ai.smiling4j.diffusion.ddpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.nn.Mlp;

import java.nio.FloatBuffer;

/**
 * The denoising error with the work that repeats taken out. Split the first layer's weight into its
 * x and time parts, {@code W1 = [Wx, Wt]}. Its time part {@code c_t = Wt temb(t) + b1} depends on t
 * only: it is cached for every t of the schedule (until the parameters change). Its x part is linear in
 * {@code x_t = a_t x + b_t eps}, so {@code Wx x_t = a_t (Wx x) + b_t (Wx eps)}: with pairs shared by
 * the batch, {@code Wx x} is computed once per state and {@code v_k = b_k (Wx eps_k) + c_{t_k}} once
 * per pair, and the hidden pre-activation of (state i, pair k) is the broadcast {@code a_k u_i + v_k},
 * built a few states at a time so that it stays in cache. Per-state pairs take one matrix product on
 * {@code [x_t, temb(t)]} with the cached embedding instead of the whole time MLP per row.
 */
final class FactoredEstimator implements ErrorEstimator {
    /** Hidden values built at once (8 MB): measured best of 2^17..2^22 on 2 cores. */
    private static final long HIDDEN_PER_CHUNK = 1 << 21;

    private final ScoreNetwork network;
    private final NoiseSchedule schedule;
    private final TimeCode code;
    private final int dimension;
    private final int width;
    private float[] embedding;
    private float[] timePart;
    private float[] inputWeightT;

    FactoredEstimator(ScoreNetwork network, NoiseSchedule schedule, TimeCode code, int dimension) {
        this.network = network;
        this.schedule = schedule;
        this.code = code;
        this.dimension = dimension;
        this.width = (int) network.noiseMlp().weight(0).getShape().get(0);
    }

    @Override
    public void parametersChanged() {
        inputWeightT = null;
    }

    @Override
    public float[] errors(FloatMatrix clean, DiffusionSamples samples, NDManager scratch) {
        cacheTimes();
        return samples.shared() ? shared(clean, samples, scratch) : perState(clean, samples, scratch);
    }

    private float[] shared(FloatMatrix clean, DiffusionSamples samples, NDManager scratch) {
        int n = clean.rows();
        int d = dimension;
        int k = samples.perState();
        float[] signal = new float[k];
        float[] noiseScale = new float[k];
        float[] times = new float[k * width];
        for (int j = 0; j < k; j++) {
            int t = samples.timesteps()[j];
            signal[j] = (float) schedule.signalScale(t);
            noiseScale[j] = (float) schedule.noiseScale(t);
            System.arraycopy(timePart, t * width, times, j * width, width);
        }
        NDArray wx = scratch.create(inputWeightT, new Shape(d, width));
        NDArray eps = scratch.create(samples.noise().data(), new Shape(k, d));
        NDArray perPair = eps.matMul(wx).muli(scratch.create(noiseScale, new Shape(k, 1)))
                .addi(scratch.create(times, new Shape(k, width))).reshape(1, k, width);
        NDArray perPairSignal = scratch.create(signal, new Shape(1, k, 1));
        NDArray target = eps.reshape(1, k, d);
        int chunk = (int) Math.max(1, HIDDEN_PER_CHUNK / ((long) k * width));
        float[] result = new float[n];
        for (int from = 0; from < n; from += chunk) {
            int states = Math.min(chunk, n - from);
            try (NDManager m = scratch.newSubManager()) {
                NDArray x = m.create(FloatBuffer.wrap(clean.data(), from * d, states * d).slice(), new Shape(states, d));
                NDArray hidden = x.matMul(wx).reshape(states, 1, width).mul(perPairSignal).addi(perPair);
                float[] sums = output(hidden).subi(target).square().sum(new int[] {1, 2}).toFloatArray();
                for (int i = 0; i < states; i++) {
                    result[from + i] = sums[i] / ((float) k * d);
                }
            }
        }
        return result;
    }

    private float[] perState(FloatMatrix clean, DiffusionSamples samples, NDManager scratch) {
        int n = clean.rows();
        int d = dimension;
        int k = samples.perState();
        int in = d + ScoreNetwork.TIME_EMBEDDING;
        Mlp mlp = network.noiseMlp();
        int chunk = (int) Math.max(1, HIDDEN_PER_CHUNK / ((long) k * width));
        float[] result = new float[n];
        for (int from = 0; from < n; from += chunk) {
            int states = Math.min(chunk, n - from);
            try (NDManager m = scratch.newSubManager()) {
                NoisyRows rows = NoisyRows.of(clean, samples, from, states, schedule);
                int r = states * k;
                float[] input = new float[r * in];
                for (int row = 0; row < r; row++) {
                    System.arraycopy(rows.noisy(), row * d, input, row * in, d);
                    System.arraycopy(embedding, rows.timesteps()[row] * ScoreNetwork.TIME_EMBEDDING, input,
                            row * in + d, ScoreNetwork.TIME_EMBEDDING);
                }
                NDArray hidden = Linear.linear(m.create(input, new Shape(r, in)), mlp.weight(0), mlp.bias(0))
                        .singletonOrThrow();
                float[] sums = output(hidden).subi(m.create(rows.noise(), new Shape(r, d))).square()
                        .reshape(states, (long) k * d).sum(new int[] {1}).toFloatArray();
                for (int i = 0; i < states; i++) {
                    result[from + i] = sums[i] / ((float) k * d);
                }
            }
        }
        return result;
    }

    /** The network from the first layer's pre-activation on: activation, further layers, output. */
    private NDArray output(NDArray firstPreActivation) {
        Mlp mlp = network.noiseMlp();
        Activation activation = mlp.activation();
        NDArray h = activation.apply(firstPreActivation);
        for (int l = 1; l < mlp.depth(); l++) {
            h = Linear.linear(h, mlp.weight(l), mlp.bias(l)).singletonOrThrow();
            if (l + 1 < mlp.depth()) {
                h = activation.apply(h);
            }
        }
        return h;
    }

    /**
     * Fills the per-t caches for every step of the schedule at once, after each change of the
     * parameters. Always the same batch of rows, so every value is computed the same way whatever
     * the history (a resumed run rebuilds exactly the numbers the uninterrupted one had); the whole
     * schedule costs a few milliseconds, once per parameter change.
     */
    private void cacheTimes() {
        if (inputWeightT != null) {
            return;
        }
        int d = dimension;
        int e = ScoreNetwork.TIME_EMBEDDING;
        int in = d + e;
        int steps = schedule.steps();
        Mlp mlp = network.noiseMlp();
        float[] w1 = mlp.weight(0).toFloatArray();
        float[] transposed = new float[d * width];
        float[] timeWeight = new float[width * e];
        for (int o = 0; o < width; o++) {
            for (int c = 0; c < d; c++) {
                transposed[c * width + o] = w1[o * in + c];
            }
            System.arraycopy(w1, o * in + d, timeWeight, o * e, e);
        }
        int[] all = new int[steps];
        for (int t = 0; t < steps; t++) {
            all[t] = t;
        }
        try (NDManager m = network.noiseMlp().weight(0).getManager().newSubManager()) {
            NDArray temb = network.embedTime(m.create(code.rows(all), new Shape(steps, TimeCode.SIZE)));
            embedding = temb.toFloatArray();
            timePart = Linear.linear(temb, m.create(timeWeight, new Shape(width, e)), mlp.bias(0))
                    .singletonOrThrow().toFloatArray();
        }
        inputWeightT = transposed;
    }
}
