package ai.smiling4j.archfixture.environments.two;

import ai.smiling4j.archfixture.environments.one.One;

/** With {@link One}, breaks "no package cycles". */
public final class Two {
    /** Uses the other package of the cycle. */
    public One other() {
        return new One();
    }
}
