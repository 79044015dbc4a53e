package ai.smiling4j.environments.mujoco;

import ai.smiling4j.api.EngineUnavailableException;
import ai.smiling4j.environments.mujoco.binding.Mju_user_error_BytePointer;
import ai.smiling4j.environments.mujoco.binding.Mju_user_warning_BytePointer;
import ai.smiling4j.environments.mujoco.global.mujoco;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;

/**
 * Process-wide MuJoCo set-up, done once when this class is first used (never before a task is
 * created): loads the JNI library and replaces MuJoCo's error handler, which prints and calls
 * {@code exit(1)}, with one that raises a Java exception; warnings go to the system logger.
 *
 * <p>How an error travels: MuJoCo calls {@code mju_user_error(msg)}, our {@link ErrorHandler},
 * which records {@code msg} for the current thread and throws. JavaCPP turns that into a C++
 * exception that unwinds through MuJoCo's frames back to the JNI entry point, which rethrows it
 * in Java; {@link #translate} turns that into a {@link MujocoException} with MuJoCo's text. The
 * handler must not return: MuJoCo's code after {@code mju_error} assumes it never does.
 */
public final class Mujoco {
    private static final System.Logger LOG = System.getLogger(Mujoco.class.getName());

    /**
     * MuJoCo's message of the error being thrown on this thread. The one piece of static mutable
     * state here: the C callback has no other way to hand its text past the JNI boundary, and a
     * per-thread slot keeps threads that step their own models apart.
     */
    private static final ThreadLocal<String> PENDING_ERROR = new ThreadLocal<>();

    /** Strong references: the native thunks must outlive every call into MuJoCo. */
    private static final ErrorHandler ERROR_HANDLER;
    private static final WarningHandler WARNING_HANDLER;

    /** mj_loadXML keeps global parser state: model loading is serialized. */
    static final Object LOAD_LOCK = new Object();

    static {
        try {
            Loader.load(mujoco.class);
        } catch (UnsatisfiedLinkError e) {
            throw new EngineUnavailableException("MuJoCo", "the Debian package libmujoco-dev (MuJoCo 2.2)", e);
        }
        ERROR_HANDLER = new ErrorHandler();
        WARNING_HANDLER = new WarningHandler();
        mujoco.mju_user_error(ERROR_HANDLER);
        mujoco.mju_user_warning(WARNING_HANDLER);
    }

    private Mujoco() {
    }

    /** Loads the library and installs the handlers, if not done yet. */
    static void init() {
        // the class initializer does the work
    }

    /** The version of the loaded libmujoco, e.g. {@code "2.2.2"}. */
    public static String version() {
        return mujoco.mj_versionString().getString();
    }

    /** Turns what came out of a native call into a {@link MujocoException} if MuJoCo raised it. */
    static RuntimeException translate(RuntimeException e) {
        String message = PENDING_ERROR.get();
        if (message == null) {
            return e;
        }
        PENDING_ERROR.remove();
        return e instanceof MujocoException ? e : new MujocoException(message, e);
    }

    private static String text(BytePointer msg) {
        return msg == null || msg.isNull() ? "(no message)" : msg.getString();
    }

    private static final class ErrorHandler extends Mju_user_error_BytePointer {
        @Override
        public void call(BytePointer msg) {
            String message = text(msg);
            PENDING_ERROR.set(message);
            throw new MujocoException(message);
        }
    }

    private static final class WarningHandler extends Mju_user_warning_BytePointer {
        @Override
        public void call(BytePointer msg) {
            // MuJoCo carries on after a warning: nothing may unwind from here
            LOG.log(System.Logger.Level.WARNING, "MuJoCo: {0}", text(msg));
        }
    }
}
