package ai.smiling4j.solvers.common;

/**
 * A seeded stream of random numbers whose whole state is one long (SplitMix64), so that it can
 * be saved and restored exactly. Each purpose (replay sampling, exploration, ...) gets its own
 * stream, derived from the run's seed and a name.
 */
public final class RandomStream {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    /** A stream for {@code purpose}, independent of the streams of other purposes with the same seed. */
    public RandomStream(long seed, String purpose) {
        state = mix(seed ^ mix(purpose.hashCode() * GOLDEN_GAMMA));
    }

    /** The state, for saving. */
    public long state() {
        return state;
    }

    /** Continues from a state {@link #state()} returned. */
    public void restore(long savedState) {
        state = savedState;
    }

    /** 64 uniformly random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), for bound in (0, 2^31). */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /**
     * Fills {@code out} with standard normal values (Box-Muller, two values per pair of uniforms),
     * through StrictMath: Math.log and Math.cos may round differently once the JIT compiles them.
     */
    public void fillGaussian(float[] out) {
        for (int i = 0; i < out.length; i += 2) {
            double radius = Math.sqrt(-2 * StrictMath.log(1 - nextDouble()));
            double angle = 2 * Math.PI * nextDouble();
            out[i] = (float) (radius * StrictMath.cos(angle));
            if (i + 1 < out.length) {
                out[i + 1] = (float) (radius * StrictMath.sin(angle));
            }
        }
    }

    /** {@code n} standard normal values. */
    public float[] gaussian(int n) {
        float[] out = new float[n];
        fillGaussian(out);
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
