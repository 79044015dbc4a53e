package ai.smiling4j.runner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --video}: a GIF of the first evaluation episode, and the sentences for what cannot be filmed. */
class VideoTest {

    private static Path train(Path dir, String task) throws IOException {
        Path config = dir.resolve(task + ".yaml");
        Files.writeString(config, """
                run: {name: %s, steps: 60, eval-every: 60, eval-episodes: 1, checkpoint-every: 60, output: '%s'}
                environment: {name: %s, max-steps: 30}
                solver: {name: fixture-linear}
                """.formatted(task, dir.resolve("runs"), task));
        MainTest.Result trained = MainTest.run("train-expert", config.toString());
        assertEquals(0, trained.code(), trained.err());
        return dir.resolve("runs").resolve(task);
    }

    /** Frame count, width and height of a GIF, read with the JDK's reader. */
    private static int[] framesWidthHeight(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return new int[] {reader.getNumImages(true), reader.getWidth(0), reader.getHeight(0)};
        }
    }

    @Test
    void aMujocoRunIsFilmedOneFramePerStateInRealTime(@TempDir Path dir) throws IOException {
        Path run = train(dir, "point_mass-easy");
        Path gif = dir.resolve("videos/rollout.gif");
        MainTest.Result filmed = MainTest.run("evaluate", run.toString(), "--episodes", "1", "--video", gif.toString(),
                "--video-size", "64x48");
        assertEquals(0, filmed.code(), filmed.err());
        assertTrue(filmed.out().contains("video of the first episode (return "), filmed.out());
        // the reset state and one per step of the 30-step episode; 0.02 s per step is one frame
        assertArrayEquals(new int[] {31, 64, 48}, framesWidthHeight(gif));

        MainTest.Result again = MainTest.run("evaluate", run.toString(), "--episodes", "1", "--video", gif.toString());
        assertEquals(2, again.code());
        assertEquals("error: " + gif + " already exists and overwriting was not asked for (--overwrite)", again.err().strip());
        MainTest.Result replaced = MainTest.run("evaluate", run.toString(), "--episodes", "1", "--video", gif.toString(),
                "--video-size", "32x32", "--overwrite");
        assertEquals(0, replaced.code(), replaced.err());
    }

    @Test
    void aPureJavaTaskIsFilmedWithoutNativeGraphics(@TempDir Path dir) throws IOException {
        Path run = train(dir, "java-pendulum-swingup");
        Path gif = dir.resolve("pendulum.gif");
        MainTest.Result filmed = MainTest.run("evaluate", run.toString(), "--episodes", "1", "--video", gif.toString(),
                "--video-size", "40x40");
        assertEquals(0, filmed.code(), filmed.err());
        assertArrayEquals(new int[] {31, 40, 40}, framesWidthHeight(gif));
    }

    @Test
    void whatCannotBeFilmedIsSaidInOneSentence(@TempDir Path dir) throws IOException {
        Path run = train(dir, "fixture-corridor");
        Path gif = dir.resolve("a.gif");
        MainTest.Result drawless = MainTest.run("evaluate", run.toString(), "--episodes", "1", "--video", gif.toString());
        assertEquals(2, drawless.code());
        assertEquals("error: the environment 'fixture-corridor' cannot draw itself, so it cannot be filmed; the MuJoCo"
                + " and pure-Java tasks can", drawless.err().strip());
        assertFalse(Files.exists(gif));

        MainTest.Result mp4 = MainTest.run("evaluate", run.toString(), "--video", dir.resolve("a.mp4").toString());
        assertEquals(2, mp4.code());
        assertEquals("error: --video writes an animated GIF: give a file name ending in .gif, not '"
                + dir.resolve("a.mp4") + "'", mp4.err().strip());
        MainTest.Result size = MainTest.run("evaluate", run.toString(), "--video", gif.toString(), "--video-size", "320by240");
        assertEquals(2, size.code());
        assertEquals("error: --video-size must be WIDTHxHEIGHT in pixels, each 16 to 4096 (e.g. 320x240), not '320by240'",
                size.err().strip());
    }
}
