package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.DiffusionSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelStateTest {
    private static final Map<String, Object> SMALL = Map.of("steps", 200, "width", 32);

    private static FloatMatrix batch(SplittableRandom r) {
        float[] v = new float[64 * 3];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextDouble(-2, 2);
        }
        return new FloatMatrix(64, 3, v);
    }

    /** The saved parameter file's bytes: equal bytes, equal parameters. */
    private static byte[] parameters(ScoreModel model, Path dir) throws IOException {
        model.save(dir);
        return Files.readAllBytes(dir.resolve("parameters.ndl"));
    }

    @Test
    void copyContinuesTrainingBitIdentically(@TempDir Path dir) throws IOException {
        try (DdpmMlpModel model = Models.create(3, 1, SMALL)) {
            SplittableRandom r = new SplittableRandom(2);
            for (int i = 0; i < 5; i++) {
                model.trainStep(batch(r));
            }
            try (ScoreModel twin = model.copy()) {
                for (int i = 0; i < 5; i++) {
                    FloatMatrix b = batch(r);
                    assertEquals(model.trainStep(b), twin.trainStep(b));
                }
                assertArrayEquals(parameters(model, dir.resolve("a")), parameters(twin, dir.resolve("b")));
                assertNotEquals(0, Files.size(dir.resolve("a").resolve("parameters.ndl")));
            }
        }
    }

    @Test
    void saveAndLoadRestoreParametersOptimizerAndNoiseStream(@TempDir Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(3);
        FloatMatrix first = batch(r);
        FloatMatrix second = batch(r);
        try (DdpmMlpModel model = Models.create(3, 1, SMALL); DdpmMlpModel other = Models.create(3, 99, SMALL)) {
            model.trainStep(first);
            model.save(dir.resolve("saved"));
            double expected = model.trainStep(second);
            long before = other.version();
            other.load(dir.resolve("saved"));
            assertNotEquals(before, other.version());
            assertEquals(expected, other.trainStep(second));
            assertArrayEquals(parameters(model, dir.resolve("a")), parameters(other, dir.resolve("b")));
        }
        try (DdpmMlpModel wider = Models.create(3, 1, Map.of("steps", 200, "width", 64))) {
            assertThrows(IOException.class, () -> wider.load(dir.resolve("saved")));
        }
    }

    @Test
    void callsReleaseTheirArraysAndCachesFollowTheParameters() {
        try (DdpmMlpModel model = Models.create(3, 1, SMALL)) {
            SplittableRandom r = new SplittableRandom(4);
            FloatMatrix x = batch(r);
            DiffusionSamples shared = new DiffusionSampler(16, 200, 1, false, false).shared(3, r);
            DiffusionSamples perState = new DiffusionSampler(4, 200, 1, false, false).perState(64, 3, r);
            model.trainStep(x);
            float[] errors = model.denoisingError(x, shared);
            int live = model.liveArrays();
            for (int i = 0; i < 20; i++) {
                model.denoisingError(x, shared);
                model.denoisingError(x, perState);
                model.predictNoise(x, new int[64]);
            }
            assertEquals(live, model.liveArrays());
            long version = model.version();
            model.trainStep(x);
            assertEquals(live, model.liveArrays());
            assertNotEquals(version, model.version());
            assertNotEquals(errors[0], model.denoisingError(x, shared)[0], "cached time terms follow the new weights");
        }
    }

    @Test
    void rejectsMisfitInputs() {
        try (DdpmMlpModel model = Models.create(3, 1, SMALL)) {
            FloatMatrix x = batch(new SplittableRandom(5));
            assertThrows(IllegalArgumentException.class, () -> model.trainStep(FloatMatrix.zeros(4, 2)));
            assertThrows(IllegalArgumentException.class, () -> model.predictNoise(x, new int[] {1}));
            assertThrows(IllegalArgumentException.class,
                    () -> model.denoisingError(x, new DiffusionSamples(1, new int[] {200}, FloatMatrix.zeros(1, 3))));
            model.close();
            model.close();
            assertThrows(IllegalStateException.class, () -> model.trainStep(x));
        }
    }
}
