package ai.smiling4j.diffusion.ddpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.data.FloatMatrix;

/**
 * The denoising error computed as written: every (state, pair) row goes through the whole network,
 * time MLP included, in chunks of states. The reference the factored form is checked against.
 */
final class PlainEstimator implements ErrorEstimator {
    private static final int ROWS_PER_CHUNK = 1 << 15;

    private final ScoreNetwork network;
    private final NoiseSchedule schedule;
    private final TimeCode code;

    PlainEstimator(ScoreNetwork network, NoiseSchedule schedule, TimeCode code) {
        this.network = network;
        this.schedule = schedule;
        this.code = code;
    }

    @Override
    public float[] errors(FloatMatrix clean, DiffusionSamples samples, NDManager scratch) {
        int n = clean.rows();
        int d = clean.cols();
        int k = samples.perState();
        int chunk = Math.max(1, ROWS_PER_CHUNK / k);
        float[] result = new float[n];
        for (int from = 0; from < n; from += chunk) {
            int states = Math.min(chunk, n - from);
            try (NDManager m = scratch.newSubManager()) {
                NoisyRows rows = NoisyRows.of(clean, samples, from, states, schedule);
                int r = states * k;
                NDArray predicted = network.forward(m.create(rows.noisy(), new Shape(r, d)),
                        m.create(code.rows(rows.timesteps()), new Shape(r, TimeCode.SIZE)));
                float[] sums = predicted.subi(m.create(rows.noise(), new Shape(r, d))).square()
                        .reshape(states, (long) k * d).sum(new int[] {1}).toFloatArray();
                for (int i = 0; i < states; i++) {
                    result[from + i] = sums[i] / ((float) k * d);
                }
            }
        }
        return result;
    }

    @Override
    public void parametersChanged() {
        // nothing is cached
    }
}
