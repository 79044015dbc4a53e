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

    /** The seed of episode {@code index} of {@code purpose} in a run. */
    static long derive(long runSeed, long purpose, long index) {
        return ai.smiling4j.api.Seeds.derive(runSeed, purpose, index);
    }
}
