package ai.smiling4j.environments.mujoco;

import static ai.smiling4j.environments.mujoco.global.mujoco.mjCAMERA_FIXED;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjCAT_ALL;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjFB_OFFSCREEN;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjFONTSCALE_100;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjOBJ_CAMERA;
import static ai.smiling4j.environments.mujoco.global.mujoco.mj_name2id;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjr_defaultContext;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjr_freeContext;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjr_makeContext;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjr_readPixels;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjr_render;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjr_setBuffer;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjv_defaultCamera;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjv_defaultFreeCamera;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjv_defaultOption;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjv_defaultScene;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjv_freeScene;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjv_makeScene;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjv_updateScene;

import ai.smiling4j.api.FrameFormat;
import ai.smiling4j.api.Renderer;
import ai.smiling4j.environments.mujoco.binding.mjModel;
import ai.smiling4j.environments.mujoco.binding.mjrContext;
import ai.smiling4j.environments.mujoco.binding.mjrRect;
import ai.smiling4j.environments.mujoco.binding.mjvCamera;
import ai.smiling4j.environments.mujoco.binding.mjvOption;
import ai.smiling4j.environments.mujoco.binding.mjvPerturb;
import ai.smiling4j.environments.mujoco.binding.mjvScene;

/**
 * MuJoCo's own renderer drawing one {@link MjData} offscreen, in a headless OpenGL context of its
 * own. It looks through the model's camera named {@value #CAMERA} if there is one, else through
 * its first camera, else through MuJoCo's default free camera framing the whole model.
 *
 * <p>The context is current only during {@link #render()}, so one thread at a time may use a
 * renderer, whichever thread that is. Close it before the model.
 */
public final class MjRenderer implements Renderer {
    /** The name of the camera a model offers for videos. */
    public static final String CAMERA = "video";
    private static final int MAX_GEOMS = 2000;

    private final MjData data;
    private final FrameFormat format;
    private final EglContext gl;
    private final mjvScene scene = new mjvScene();
    private final mjvCamera camera = new mjvCamera();
    private final mjvOption option = new mjvOption();
    private final mjrContext context = new mjrContext();
    private final mjrRect viewport = new mjrRect();
    private final byte[] pixels;
    private boolean closed;

    /**
     * Opens a renderer of {@code width} x {@code height} pixels on {@code data}, which its owner
     * advances by {@code secondsPerStep} simulated seconds per step.
     *
     * @throws ai.smiling4j.api.EngineUnavailableException if headless OpenGL is not available
     */
    public MjRenderer(MjData data, int width, int height, double secondsPerStep) {
        this.format = new FrameFormat(width, height, secondsPerStep);
        this.data = data;
        this.pixels = new byte[format.frameBytes()];
        mjModel m = data.model().raw();
        this.gl = EglContext.create();
        try {
            // the offscreen buffer is sized from the model's visual settings when the context is made
            m.vis().global_offwidth(Math.max(width, m.vis().global_offwidth()));
            m.vis().global_offheight(Math.max(height, m.vis().global_offheight()));
            mjv_defaultOption(option);
            mjv_defaultScene(scene);
            mjr_defaultContext(context);
            aim(m);
            mjv_makeScene(m, scene, MAX_GEOMS);
            mjr_makeContext(m, context, mjFONTSCALE_100);
            mjr_setBuffer(mjFB_OFFSCREEN, context);
            viewport.left(0).bottom(0).width(width).height(height);
        } catch (RuntimeException e) {
            free();
            throw Mujoco.translate(e);
        } finally {
            gl.release();
        }
    }

    private void aim(mjModel m) {
        int named = mj_name2id(m, mjOBJ_CAMERA, CAMERA);
        if (named >= 0 || m.ncam() > 0) {
            mjv_defaultCamera(camera);
            camera.type(mjCAMERA_FIXED).fixedcamid(Math.max(named, 0));
        } else {
            mjv_defaultFreeCamera(m, camera);
        }
    }

    @Override
    public FrameFormat format() {
        return format;
    }

    @Override
    public byte[] render() {
        if (closed) {
            throw new IllegalStateException("the renderer is closed");
        }
        if (data.isClosed()) {
            throw new IllegalStateException("the simulation this renderer draws is closed");
        }
        gl.makeCurrent();
        try {
            mjv_updateScene(data.model().raw(), data.raw(), option, (mjvPerturb) null, camera, mjCAT_ALL, scene);
            mjr_render(viewport, scene, context);
            mjr_readPixels(pixels, null, viewport, context);
        } catch (RuntimeException e) {
            throw Mujoco.translate(e);
        } finally {
            gl.release();
        }
        return flipped(pixels);
    }

    /** OpenGL's rows run bottom-up; a frame's run top-down. */
    private byte[] flipped(byte[] bottomUp) {
        byte[] topDown = new byte[bottomUp.length];
        int height = format.height();
        int row = format.width() * 3;
        for (int y = 0; y < height; y++) {
            System.arraycopy(bottomUp, (height - 1 - y) * row, topDown, y * row, row);
        }
        return topDown;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        gl.makeCurrent();
        free();
    }

    /** Frees the scene and the GL resources; the context must be current. */
    private void free() {
        mjr_freeContext(context);
        mjv_freeScene(scene);
        gl.close();
        context.close();
        scene.close();
        camera.close();
        option.close();
        viewport.close();
    }
}
