package ai.smiling4j.diffusion.ddpm;

/**
 * The fixed sinusoidal code of an integer diffusion step: 16 values {@code [sin(t f_k), cos(t f_k)]}
 * with {@code f_k = exp(-k ln(10000) / 7)}, k = 0..7, computed in float as the reference does.
 */
final class TimeCode {
    static final int SIZE = 16;
    private static final int HALF = SIZE / 2;

    private final float[] table;

    /** The codes of every step {@code 0 .. steps-1}. */
    TimeCode(int steps) {
        table = new float[steps * SIZE];
        for (int k = 0; k < HALF; k++) {
            float frequency = (float) Math.exp(k * -(Math.log(10000.0) / (HALF - 1)));
            for (int t = 0; t < steps; t++) {
                float angle = t * frequency;
                table[t * SIZE + k] = (float) Math.sin(angle);
                table[t * SIZE + HALF + k] = (float) Math.cos(angle);
            }
        }
    }

    /** Writes the code of step {@code t} into {@code out} from {@code offset}. */
    void write(int t, float[] out, int offset) {
        System.arraycopy(table, t * SIZE, out, offset, SIZE);
    }

    /** The codes of the given steps, one row each. */
    float[] rows(int[] timesteps) {
        float[] out = new float[timesteps.length * SIZE];
        for (int i = 0; i < timesteps.length; i++) {
            write(timesteps[i], out, i * SIZE);
        }
        return out;
    }
}
