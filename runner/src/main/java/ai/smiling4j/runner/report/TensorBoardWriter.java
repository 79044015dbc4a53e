package ai.smiling4j.runner.report;

import ai.smiling4j.api.data.ProtoWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes TensorBoard event files: TFRecord framing (length, masked CRC-32C of the length, the
 * record, masked CRC-32C of the record) around Event protocol buffers, encoded by hand (wall_time
 * = 1, step = 2, file_version = 3, summary = 5; Summary.value = 1; Value.tag = 1,
 * Value.simple_value = 2). One file per writer; each scalar is flushed as it is written.
 */
public final class TensorBoardWriter implements AutoCloseable {
    private final OutputStream out;
    private final Path file;

    /** Opens a new event file in {@code directory} (TensorBoard's naming: events.out.tfevents.TIME.HOST). */
    public TensorBoardWriter(Path directory) throws IOException {
        Files.createDirectories(directory);
        long now = System.currentTimeMillis();
        String host = java.net.InetAddress.getLoopbackAddress().getHostName();
        Path candidate = directory.resolve("events.out.tfevents." + now / 1000 + "." + host);
        for (int i = 1; Files.exists(candidate); i++) {
            candidate = directory.resolve("events.out.tfevents." + now / 1000 + "." + host + "." + i);
        }
        file = candidate;
        out = Files.newOutputStream(file);
        record(new ProtoWriter().float64(1, now / 1000.0).string(3, "brain.Event:2").toByteArray());
    }

    /** The event file. */
    public Path file() {
        return file;
    }

    /** Writes one event holding every scalar of {@code values} at {@code step}. */
    public void scalars(long step, Map<String, Double> values) throws IOException {
        ProtoWriter summary = new ProtoWriter();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            summary.message(1, new ProtoWriter().string(1, e.getKey()).float32(2, e.getValue().floatValue()));
        }
        record(new ProtoWriter().float64(1, System.currentTimeMillis() / 1000.0).varint(2, step).message(5, summary)
                .toByteArray());
    }

    private void record(byte[] data) throws IOException {
        byte[] length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
        out.write(length);
        out.write(int32(maskedCrc(length)));
        out.write(data);
        out.write(int32(maskedCrc(data)));
        out.flush();
    }

    /** TFRecord's masked CRC-32C. */
    static int maskedCrc(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        int c = (int) crc.getValue();
        return ((c >>> 15) | (c << 17)) + 0xa282ead8;
    }

    private static byte[] int32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
