package ai.smiling4j.api.data;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * One protocol-buffer message in the wire format, written field by field: varints (wire type 0),
 * 64-bit (1), length-delimited strings, bytes and nested messages (2), and 32-bit (5) values.
 * Enough for the few messages smiling4j writes by hand (TensorBoard events, ONNX models).
 */
public final class ProtoWriter {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    /** A varint field (int32, int64, enum, bool); negative values take ten bytes, as in protobuf. */
    public ProtoWriter varint(int field, long value) {
        tag(field, 0);
        rawVarint(value);
        return this;
    }

    /** A double field. */
    public ProtoWriter float64(int field, double value) {
        tag(field, 1);
        buffer.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value).array());
        return this;
    }

    /** A float field. */
    public ProtoWriter float32(int field, float value) {
        tag(field, 5);
        buffer.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
        return this;
    }

    /** A UTF-8 string field. */
    public ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A nested message field. */
    public ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.toByteArray());
    }

    /** A bytes field (or an already encoded message). */
    public ProtoWriter bytes(int field, byte[] value) {
        tag(field, 2);
        rawVarint(value.length);
        buffer.writeBytes(value);
        return this;
    }

    /** A packed repeated float field. */
    public ProtoWriter packedFloats(int field, float[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return bytes(field, b.array());
    }

    /** The encoded message. */
    public byte[] toByteArray() {
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
