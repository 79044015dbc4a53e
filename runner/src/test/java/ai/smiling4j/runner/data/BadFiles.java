package ai.smiling4j.runner.data;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the small, often broken, files the tests feed the readers. */
final class BadFiles {
    private BadFiles() {
    }

    /** An HDF5 file whose one group {@code episode_0} the consumer fills. */
    static void hdf5(Path file, Consumer<WritableGroup> episode0) {
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            episode0.accept(hdf.putGroup("episode_0"));
        }
    }

    /** A valid Minari episode group with {@code steps} steps and 2-column observations. */
    static void minariEpisode(WritableGroup g, int steps) {
        float[][] obs = new float[steps + 1][2];
        g.putDataset("observations", obs);
        g.putDataset("actions", new float[steps][1]);
        g.putDataset("rewards", new float[steps]);
        g.putDataset("terminations", new boolean[steps]);
        g.putDataset("truncations", new boolean[steps]);
    }

    /** A .npy file's bytes: {@code descr} such as {@code <f4}, the format version, the shape and raw values. */
    static byte[] npy(String descr, int version, int[] shape, byte[] values) {
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)"
                : "(" + Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")";
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
        return npyWithHeader(dict, version, values);
    }

    static byte[] npyWithHeader(String dict, int version, byte[] values) {
        int prefix = version == 1 ? 10 : 12;
        int padded = (prefix + dict.length() + 1 + 63) / 64 * 64 - prefix;
        String header = dict + " ".repeat(padded - dict.length() - 1) + "\n";
        ByteBuffer b = ByteBuffer.allocate(prefix + padded + values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        if (version == 1) {
            b.putShort((short) padded);
        } else {
            b.putInt(padded);
        }
        b.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(values);
        return b.array();
    }

    /** Little-endian float32 values. */
    static byte[] f4(float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    /** A float32 .npy array. */
    static byte[] npyF4(int[] shape, float... values) {
        return npy("<f4", 1, shape, f4(values));
    }

    /** A zip of the given entries (name to bytes), as numpy.savez writes them. */
    static void zip(Path file, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
