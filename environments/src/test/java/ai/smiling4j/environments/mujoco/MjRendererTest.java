package ai.smiling4j.environments.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.smiling4j.api.EngineUnavailableException;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.FrameFormat;
import ai.smiling4j.api.Renderer;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.environments.TestContext;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Offscreen frames of the MuJoCo tasks through EGL: what they show, and how rendering fails. */
class MjRendererTest {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 120;
    /** A lit geom; the background without a skybox is black. */
    private static final int LIT = 40;

    private static Environment task(String name) {
        EnvironmentProvider provider = ServiceLoader.load(EnvironmentProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        return provider.create(provider.options().resolve(Map.of()), new TestContext(3));
    }

    static Stream<String> mujocoTasks() {
        return Stream.of("pendulum-swingup", "cartpole-swingup", "point_mass-easy", "reacher-easy",
                "ball_in_cup-catch", "cheetah-run", "walker-walk", "hopper-stand", "humanoid-walk",
                "h1-sit", "h1-crawl", "h1-pole");
    }

    /** Mean row (0 = top) of the lit pixels, or NaN if none is lit. */
    private static double litRow(byte[] rgb) {
        double rows = 0;
        int lit = 0;
        for (int p = 0; p < WIDTH * HEIGHT; p++) {
            int brightness = Math.max(rgb[3 * p] & 0xff, Math.max(rgb[3 * p + 1] & 0xff, rgb[3 * p + 2] & 0xff));
            if (brightness > LIT) {
                rows += p / WIDTH;
                lit++;
            }
        }
        return lit == 0 ? Double.NaN : rows / lit;
    }

    private static double litFraction(byte[] rgb) {
        int lit = 0;
        for (int p = 0; p < WIDTH * HEIGHT; p++) {
            if ((rgb[3 * p] & 0xff) > LIT || (rgb[3 * p + 1] & 0xff) > LIT || (rgb[3 * p + 2] & 0xff) > LIT) {
                lit++;
            }
        }
        return lit / (double) (WIDTH * HEIGHT);
    }

    /** Puts the pendulum's hinge at {@code angle} (0 = ball straight above the hinge). */
    private static void poseHinge(Environment pendulum, double angle) {
        double[] state = pendulum.physicsState();
        state[2] = angle; // [time, steps, qpos...]
        state[3] = 0; // qvel
        pendulum.restorePhysicsState(state);
    }

    @Test
    void theUprightPendulumIsDrawnAboveItsHingeAndTheHangingOneBelow() {
        try (Environment pendulum = task("pendulum-swingup")) {
            pendulum.reset(0);
            try (Renderer camera = pendulum.renderer(WIDTH, HEIGHT)) {
                poseHinge(pendulum, 0);
                double upright = litRow(camera.render());
                poseHinge(pendulum, Math.PI);
                double hanging = litRow(camera.render());
                // the camera looks at the hinge, level with it: the frame's middle row is the hinge's
                assertTrue(upright < HEIGHT / 2.0 - 10, "upright pendulum's mean lit row " + upright);
                assertTrue(hanging > HEIGHT / 2.0 + 10, "hanging pendulum's mean lit row " + hanging);
            }
        }
    }

    @Test
    void aFrameHasTheRequestedSizeAndTheSameStateGivesTheSameFrame() {
        try (Environment cartpole = task("cartpole-swingup")) {
            cartpole.reset(1);
            try (Renderer camera = cartpole.renderer(WIDTH, HEIGHT)) {
                assertEquals(new FrameFormat(WIDTH, HEIGHT, 0.01), camera.format(), "cartpole's control timestep");
                byte[] first = camera.render();
                assertEquals(WIDTH * HEIGHT * 3, first.length);
                assertArrayEquals(first, camera.render());
                cartpole.step(new float[] {1});
                for (int i = 0; i < 20; i++) {
                    cartpole.step(new float[] {1});
                }
                assertFalse(java.util.Arrays.equals(first, camera.render()), "the cart moved, the frame did not");
            }
        }
    }

    @Test
    void aRendererMayBeUsedFromAnotherThreadThanTheOneThatOpenedIt() throws Exception {
        try (Environment pointMass = task("point_mass-easy")) {
            pointMass.reset(2);
            try (Renderer camera = pointMass.renderer(WIDTH, HEIGHT)) {
                byte[] here = camera.render();
                byte[] there = CompletableFuture.supplyAsync(camera::render).get();
                assertArrayEquals(here, there);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("mujocoTasks")
    void everyMujocoTaskShowsItselfThroughItsVideoCamera(String name) {
        try (Environment env = task(name)) {
            env.reset(4);
            try (Renderer camera = env.renderer(WIDTH, HEIGHT)) {
                double lit = litFraction(camera.render());
                // the body and, where there is one, the floor fill part of the frame, not all of it
                assertTrue(lit > 0.01 && lit < 0.999, name + ": " + lit + " of the frame is lit");
            }
        }
    }

    @Test
    void theCheetahsCameraFollowsItDownTheTrack() {
        try (Environment cheetah = task("cheetah-run")) {
            cheetah.reset(5);
            try (Renderer camera = cheetah.renderer(WIDTH, HEIGHT)) {
                byte[] before = camera.render();
                double[] state = cheetah.physicsState();
                state[2] += 20; // rootx: 20 m down the track, far outside the first view
                cheetah.restorePhysicsState(state);
                byte[] after = camera.render();
                assertEquals(litFraction(before), litFraction(after), 0.02, "the cheetah fills as much of the frame");
            }
        }
    }

    @Test
    void withoutLibEglRenderingFailsWithOneSentenceNamingThePackages() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> EglContext.create("libEGL-absent.so.1"));
        assertTrue(e.getMessage().startsWith("the EGL offscreen rendering engine is not available (libEGL-absent.so.1"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("libegl1, libegl-mesa0 and libgl1-mesa-dri"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFrameOfNoPixelsIsRefused() {
        try (Environment pendulum = task("pendulum-swingup")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pendulum.renderer(0, 10));
            assertEquals("a frame of 0 x 10 pixels: width and height must lie in 1..8192", e.getMessage());
        }
    }
}
