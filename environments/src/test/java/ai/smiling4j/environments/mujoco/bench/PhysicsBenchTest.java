package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.api.Box;
import ai.smiling4j.environments.mujoco.MjModel;
import ai.smiling4j.environments.mujoco.global.mujoco;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PhysicsBenchTest {

    private static Path pendulum(Path dir) throws IOException {
        Path file = dir.resolve("pendulum.xml");
        try (InputStream in = PhysicsBenchTest.class.getResourceAsStream("/ai/smiling4j/environments/mujoco/pendulum.xml")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theNoiseIsMujocosHaltonSequenceInsideTheControlRange() {
        try (MjModel model = MjModel.fromXml("<mujoco/>")) { // loads MuJoCo
            for (int base = 2; base < 25; base++) {
                for (int i = 0; i < 500; i++) {
                    assertEquals(mujoco.mju_Halton(i, base), ControlNoise.halton(i, base), 1e-15);
                }
            }
            assertEquals(0, model.nu());
        }
        ControlNoise noise = new ControlNoise(new Box(new float[] {-0.4f, 1}, new float[] {0.4f, 3}), 0.5);
        for (int i = 0; i < 100; i++) {
            assertTrue(Math.abs(noise.control(i, 0)) <= 0.2 + 1e-6);
            assertTrue(Math.abs(noise.control(i, 1) - 2) <= 0.5 + 1e-6);
        }
    }

    @Test
    void theBenchmarkWritesSpeedsAndRatios(@TempDir Path dir) throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v " + Testspeed.COMMAND).start().waitFor() == 0,
                Testspeed.COMMAND + " is not installed");
        Path output = dir.resolve("out").resolve("physics.json");
        PhysicsBench.main(new String[] {output.toString(), pendulum(dir).toString(), "2000"});
        String json = Files.readString(output);
        for (String key : new String[] {"java_to_c_ratio", "vector_two_to_one_thread_ratio"}) {
            Matcher m = Pattern.compile("\"" + key + "\": ([0-9.]+)").matcher(json);
            assertTrue(m.find(), json);
            assertTrue(Double.parseDouble(m.group(1)) > 0, json);
        }
    }
}
