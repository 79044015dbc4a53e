package ai.smiling4j.environments.mujoco;

import ai.smiling4j.api.EngineUnavailableException;
import ai.smiling4j.environments.mujoco.egl.EglNative;

/**
 * A headless OpenGL context (EGL on Mesa's surfaceless platform) for MuJoCo's renderer. An OpenGL
 * context is current on at most one thread: {@link #makeCurrent()} before drawing,
 * {@link #release()} after; in between, the context may move to another thread.
 */
final class EglContext implements AutoCloseable {
    /** What makes surfaceless EGL rendering work. */
    static final String PACKAGES = "the Debian packages libegl1, libegl-mesa0 and libgl1-mesa-dri";
    private static final String ENGINE = "EGL offscreen rendering";
    private static final String LIBRARY = "libEGL.so.1";
    private static final int ERROR_SIZE = 512;

    private EglNative.Handle handle;

    private EglContext(EglNative.Handle handle) {
        this.handle = handle;
    }

    /**
     * Creates a context and makes it current on the calling thread.
     *
     * @throws EngineUnavailableException with EGL's reason, if there is no usable EGL
     */
    static EglContext create() {
        return create(LIBRARY);
    }

    /** As {@link #create()}, with libEGL under another file name (for tests of the failure path). */
    static EglContext create(String library) {
        byte[] error = new byte[ERROR_SIZE];
        EglNative.Handle handle;
        try {
            handle = EglNative.smiling_egl_create(library, error, ERROR_SIZE);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new EngineUnavailableException(ENGINE, PACKAGES, e);
        }
        if (handle == null || handle.isNull()) {
            throw new EngineUnavailableException(ENGINE, PACKAGES, new IllegalStateException(reason(error)));
        }
        return new EglContext(handle);
    }

    /** Makes this context current on the calling thread. */
    void makeCurrent() {
        if (handle == null) {
            throw new IllegalStateException("the EGL context is closed");
        }
        if (EglNative.smiling_egl_make_current(handle) == 0) {
            throw new IllegalStateException("EGL cannot make the rendering context current on thread "
                    + Thread.currentThread().getName() + "; is it current on another thread?");
        }
    }

    /** Releases this context from the calling thread. */
    void release() {
        if (handle != null) {
            EglNative.smiling_egl_release(handle);
        }
    }

    /** Destroys the context; idempotent. */
    @Override
    public void close() {
        if (handle != null) {
            EglNative.smiling_egl_destroy(handle);
            handle = null;
        }
    }

    private static String reason(byte[] error) {
        String text = MjModel.cString(error);
        return text.isEmpty() ? "no reason given" : text;
    }
}
