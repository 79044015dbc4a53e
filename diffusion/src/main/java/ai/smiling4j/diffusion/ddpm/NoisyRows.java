package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.data.FloatMatrix;

/**
 * The network inputs of a run of states, spelled out: one row per (state, pair), state after state,
 * {@code x_t = sqrt(abar_t) x + sqrt(1 - abar_t) eps}.
 *
 * @param noisy     x_t, rows x d
 * @param noise     eps, rows x d
 * @param timesteps t, one per row
 */
record NoisyRows(float[] noisy, float[] noise, int[] timesteps) {

    /** The rows of states {@code from .. from+states-1} of {@code clean}. */
    static NoisyRows of(FloatMatrix clean, DiffusionSamples samples, int from, int states, NoiseSchedule schedule) {
        int d = clean.cols();
        int k = samples.perState();
        int rows = states * k;
        float[] noisy = new float[rows * d];
        float[] noise = new float[rows * d];
        int[] timesteps = new int[rows];
        float[] x = clean.data();
        float[] eps = samples.noise().data();
        for (int i = 0; i < states; i++) {
            int state = from + i;
            for (int j = 0; j < k; j++) {
                int row = i * k + j;
                int pair = samples.shared() ? j : state * k + j;
                int t = samples.timesteps()[pair];
                float a = (float) schedule.signalScale(t);
                float b = (float) schedule.noiseScale(t);
                timesteps[row] = t;
                for (int c = 0; c < d; c++) {
                    float e = eps[pair * d + c];
                    noise[row * d + c] = e;
                    noisy[row * d + c] = a * x[state * d + c] + b * e;
                }
            }
        }
        return new NoisyRows(noisy, noise, timesteps);
    }
}
