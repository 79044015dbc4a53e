package ai.smiling4j.runner.train;

/** Independent seeds derived from a run's seed, so that every episode's start is fixed by (run seed, purpose, index). */
final class Seeds {
    /** Seeds of training episodes. */
    static final long TRAIN = 0x7472_6169_6eL;
    /** Seeds of evaluation episodes: the same set at every evaluation. */
    static final long EVAL = 0x6576_616cL;
    /** Seeds of demonstration episodes. */
    static final long DEMO = 0x6465_6d6fL;

    private Seeds() {
    }

    /** SplitMix64 of the three parts: well mixed, never the same for different inputs in practice. */
    static long derive(long runSeed, long purpose, long index) {
        return mix(mix(mix(runSeed) ^ purpose) + index);
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
