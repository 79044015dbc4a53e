package ai.smiling4j.archfixture.divergences.alpha;

import ai.smiling4j.archfixture.divergences.beta.Beta;
import ai.smiling4j.archfixture.solvers.sac.Sac;

/** Breaks "plugin packages are independent" (uses beta) and "modules are independent" (uses sac). */
public final class Alpha {
    /** Uses another plugin package and another module. */
    public int both() {
        return new Beta().value() + new Sac().value();
    }
}
