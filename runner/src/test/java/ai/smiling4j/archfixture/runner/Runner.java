package ai.smiling4j.archfixture.runner;

import ai.smiling4j.archfixture.solvers.sac.Sac;

/** Breaks "the runner imports no plugin package". */
public final class Runner {
    /** Uses a plugin directly. */
    public int run() {
        return new Sac().value();
    }
}
