package ai.smiling4j.archfixture.environments.one;

import ai.smiling4j.archfixture.environments.two.Two;

/** With {@link Two}, breaks "no package cycles". */
public final class One {
    /** Uses the other package of the cycle. */
    public Two other() {
        return new Two();
    }
}
