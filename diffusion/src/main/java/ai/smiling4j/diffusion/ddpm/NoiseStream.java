package ai.smiling4j.diffusion.ddpm;

/**
 * The random stream of one model's training (its t and eps draws): SplitMix64, whose whole state
 * is one long, so that it can be saved, restored and copied exactly.
 */
final class NoiseStream {
    private long state;

    NoiseStream(long seed) {
        this.state = seed;
    }

    /** The state to save; {@link #restore} with it continues the same sequence. */
    long state() {
        return state;
    }

    void restore(long saved) {
        state = saved;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in {0 .. bound-1}. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Fills {@code out} with independent standard normal values (Box-Muller, both outputs used). */
    void fillGaussian(float[] out) {
        for (int i = 0; i < out.length; i += 2) {
            double radius = Math.sqrt(-2 * Math.log(1 - nextDouble()));
            double angle = 2 * Math.PI * nextDouble();
            out[i] = (float) (radius * Math.cos(angle));
            if (i + 1 < out.length) {
                out[i + 1] = (float) (radius * Math.sin(angle));
            }
        }
    }
}
