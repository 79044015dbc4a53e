package ai.smiling4j.divergences.common;

import java.util.SplittableRandom;

/**
 * Random streams fixed by (seed, purpose, index): a divergence keeps only counters in its saved
 * state, and a resumed run draws exactly what the uninterrupted one would have.
 */
public final class Streams {
    private Streams() {
    }

    /** The stream for the {@code index}-th use of {@code purpose}. */
    public static SplittableRandom of(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(mix(seed) ^ purpose) + index));
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
