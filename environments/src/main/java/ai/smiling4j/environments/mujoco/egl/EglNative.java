package ai.smiling4j.environments.mujoco.egl;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.Opaque;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * JNI glue to {@code src/main/native/smiling_egl.h}, a headless OpenGL context on EGL. Its own
 * library, apart from MuJoCo's, linked to nothing but libdl: libEGL is opened only when a context
 * is created, so building smiling4j and stepping simulations never need EGL. Used through
 * {@link ai.smiling4j.environments.mujoco.EglContext}.
 */
@Platform(include = "smiling_egl.h", link = "dl")
public final class EglNative {
    static {
        Loader.load();
    }

    private EglNative() {
    }

    /** The native {@code smiling_egl}: one context on its display. */
    @Opaque
    @Name("smiling_egl")
    public static final class Handle extends Pointer {
        /** A null handle. */
        public Handle() {
            super((Pointer) null);
        }

        /** The handle at {@code p}'s address. */
        public Handle(Pointer p) {
            super(p);
        }
    }

    /**
     * Creates a context, current on the calling thread, with EGL from {@code library}; null, and
     * one sentence in {@code error}, if it cannot.
     */
    public static native @Cast("smiling_egl*") Handle smiling_egl_create(String library,
            @Cast("char*") byte[] error, int size);

    /** Makes the context current on the calling thread; 0 on failure. */
    public static native int smiling_egl_make_current(@Cast("smiling_egl*") Handle egl);

    /** Releases the context from the calling thread. */
    public static native void smiling_egl_release(@Cast("smiling_egl*") Handle egl);

    /** Destroys the context and frees the handle. */
    public static native void smiling_egl_destroy(@Cast("smiling_egl*") Handle egl);
}
