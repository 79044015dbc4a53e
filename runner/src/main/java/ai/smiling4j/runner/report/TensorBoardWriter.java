package ai.smiling4j.runner.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
        ProtoWriter event = new ProtoWriter();
        event.float64(1, now / 1000.0);
        event.string(3, "brain.Event:2");
        record(event.bytes());
    }

    /** The event file. */
    public Path file() {
        return file;
    }

    /** Writes one event holding every scalar of {@code values} at {@code step}. */
    public void scalars(long step, Map<String, Double> values) throws IOException {
        ProtoWriter summary = new ProtoWriter();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            ProtoWriter value = new ProtoWriter();
            value.string(1, e.getKey());
            value.float32(2, e.getValue().floatValue());
            summary.message(1, value.bytes());
        }
        ProtoWriter event = new ProtoWriter();
        event.float64(1, System.currentTimeMillis() / 1000.0);
        event.varint(2, step);
        event.message(5, summary.bytes());
        record(event.bytes());
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

    /** The few protocol-buffer encodings an Event needs. */
    static final class ProtoWriter {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        void varint(int field, long value) {
            tag(field, 0);
            rawVarint(value);
        }

        void float64(int field, double value) {
            tag(field, 1);
            buffer.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value).array());
        }

        void float32(int field, float value) {
            tag(field, 5);
            buffer.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
        }

        void string(int field, String value) {
            message(field, value.getBytes(StandardCharsets.UTF_8));
        }

        void message(int field, byte[] bytes) {
            tag(field, 2);
            rawVarint(bytes.length);
            buffer.writeBytes(bytes);
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }

        private void tag(int field, int wireType) {
            rawVarint(((long) field << 3) | wireType);
        }

        private void rawVarint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                buffer.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            buffer.write((int) v);
        }
    }
}
