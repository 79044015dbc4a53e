package ai.smiling4j.archfixture.divergences.beta;

/** A plugin package another one wrongly uses. */
public final class Beta {
    /** Any value. */
    public int value() {
        return 1;
    }
}
