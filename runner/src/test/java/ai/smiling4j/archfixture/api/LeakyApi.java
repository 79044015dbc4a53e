package ai.smiling4j.archfixture.api;

/** Breaks "the api depends on the JDK and engine-neutral DJL only": it names the PyTorch engine. */
public final class LeakyApi {
    /** Refers to an engine class. */
    public Class<?> engine() {
        return ai.djl.pytorch.engine.PtEngine.class;
    }
}
