package ai.smiling4j.environments.mujoco.bench;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.bench.BenchmarkContext;
import ai.smiling4j.api.bench.Measurement;
import ai.smiling4j.environments.mujoco.MjModel;
import ai.smiling4j.environments.mujoco.global.mujoco;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Map<String, Object> notes = new HashMap<>();
        List<Measurement> results = new PhysicsBench(pendulum(dir)).run(new BenchmarkContext() {
            @Override
            public boolean quick() {
                return true;
            }

            @Override
            public int threads() {
                return 2;
            }

            @Override
            public Optional<Map<String, Double>> peerMillis(List<String> kernels) {
                return Optional.empty();
            }

            @Override
            public void note(String key, Object value) {
                notes.put(key, value);
            }
        });
        assertEquals(List.of("java_vs_c_steps", "vector_two_threads_vs_one"), results.stream().map(Measurement::name).toList());
        for (Measurement m : results) {
            assertTrue(m.ours() > 0 && m.baseline() > 0 && m.ratio() > 0, m.toString());
        }
        assertTrue(notes.containsKey("mujoco"));
        double ceiling = ((Number) notes.get("ceiling_two_independent_threads_vs_one")).doubleValue();
        assertTrue(ceiling > 0.5 && ceiling < 2.5, "two threads of one machine give " + ceiling + " times one");
    }
}
