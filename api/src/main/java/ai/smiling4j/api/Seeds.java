package ai.smiling4j.api;

import java.util.SplittableRandom;

/**
 * Independent seeds derived from one seed: the seed of (purpose, index) is a SplitMix64 mix of
 * the three, so a component can keep only counters in its saved state and a resumed run draws
 * exactly what the uninterrupted one would have.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed for the {@code index}-th use of {@code purpose} under {@code seed}. */
    public static long derive(long seed, long purpose, long index) {
        return mix(mix(mix(seed) ^ purpose) + index);
    }

    /** A random stream seeded with {@link #derive}. */
    public static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(derive(seed, purpose, index));
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
