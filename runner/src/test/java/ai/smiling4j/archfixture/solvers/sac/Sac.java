package ai.smiling4j.archfixture.solvers.sac;

/** A plugin of another module. */
public final class Sac {
    /** Any value. */
    public int value() {
        return 2;
    }
}
