package ai.smiling4j.runner.data;

import ai.smiling4j.runner.UserError;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NpyTest {
    private static final Path FILE = Path.of("demos/x.npz");

    private static RawArray parse(byte[] bytes) {
        return Npy.parse(FILE, "observations", bytes);
    }

    private static String error(byte[] bytes) {
        return assertThrows(UserError.class, () -> parse(bytes)).getMessage();
    }

    @Test
    void readsVersionOneFloat32() {
        RawArray a = parse(BadFiles.npyF4(new int[] {2, 2}, 1, 2, 3, 4.5f));
        assertArrayEquals(new int[] {2, 2}, a.shape());
        assertArrayEquals(new float[] {1, 2, 3, 4.5f}, a.values());
    }

    @Test
    void readsVersionsTwoAndThreeAndBigEndianFloat64() {
        byte[] values = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putDouble(0.25).putDouble(-8).array();
        assertArrayEquals(new float[] {0.25f, -8}, parse(BadFiles.npy(">f8", 2, new int[] {2}, values)).values());
        assertArrayEquals(new float[] {0.25f, -8}, parse(BadFiles.npy(">f8", 3, new int[] {2}, values)).values());
    }

    @Test
    void readsIntegersAndBools() {
        byte[] i8 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(-3).putLong(1L << 40).array();
        assertArrayEquals(new float[] {-3, 1L << 40}, parse(BadFiles.npy("<i8", 1, new int[] {2}, i8)).values());
        assertArrayEquals(new float[] {255, 7}, parse(BadFiles.npy("|u1", 1, new int[] {2}, new byte[] {-1, 7})).values());
        assertArrayEquals(new float[] {1, 0, 1},
                parse(BadFiles.npy("|b1", 1, new int[] {3}, new byte[] {1, 0, 1})).values());
    }

    @Test
    void readsScalarsAndEmptyShapes() {
        assertArrayEquals(new int[0], parse(BadFiles.npy("<f4", 1, new int[0], BadFiles.f4(2))).shape());
        assertArrayEquals(new float[0], parse(BadFiles.npy("<f4", 1, new int[] {0, 3}, new byte[0])).values());
    }

    @Test
    void explainsWhatItCannotRead() {
        assertEquals("demos/x.npz: observations is not a .npy array", error("PK\3\4 not numpy".getBytes()));
        assertEquals("demos/x.npz: observations has dtype '<U5'; only floats (f4, f8), integers and bools are read",
                error(BadFiles.npy("<U5", 1, new int[] {1}, new byte[20])));
        assertEquals("demos/x.npz: observations has dtype '<f2'; only floats (f4, f8), integers and bools are read",
                error(BadFiles.npy("<f2", 1, new int[] {1}, new byte[2])));
        assertEquals("demos/x.npz: observations is not stored in C order (save it with numpy.ascontiguousarray)",
                error(BadFiles.npyWithHeader("{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }", 1,
                        BadFiles.f4(1))));
        assertEquals("demos/x.npz: observations is cut short: shape [2, 2] needs 16 bytes of values, the file has 8",
                error(BadFiles.npy("<f4", 1, new int[] {2, 2}, BadFiles.f4(1, 2))));
        byte[] version4 = BadFiles.npyF4(new int[] {1}, 1);
        version4[6] = 4;
        assertEquals("demos/x.npz: observations uses .npy format version 4, not 1, 2 or 3", error(version4));
    }
}
