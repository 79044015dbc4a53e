package ai.smiling4j.api.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The wire format against encodings worked out by hand from the protobuf encoding rules. */
class ProtoWriterTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void varintsTakeSevenBitsPerByteLowFirst() {
        // field 1, wire type 0: tag 0x08; 150 = 0b1_0010110 -> 0x96 0x01
        assertArrayEquals(bytes(0x08, 0x96, 0x01), new ProtoWriter().varint(1, 150).toByteArray());
        // field 16 needs a two-byte tag: (16 << 3) | 0 = 128 -> 0x80 0x01
        assertArrayEquals(bytes(0x80, 0x01, 0x00), new ProtoWriter().varint(16, 0).toByteArray());
        // -1 as int64: ten bytes, nine 0xFF and a final 0x01
        assertArrayEquals(bytes(0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01),
                new ProtoWriter().varint(1, -1).toByteArray());
    }

    @Test
    void fixedWidthValuesAreLittleEndian() {
        // 1.0f = 0x3F800000, field 2 wire type 5: tag 0x15
        assertArrayEquals(bytes(0x15, 0x00, 0x00, 0x80, 0x3F), new ProtoWriter().float32(2, 1f).toByteArray());
        // 2.0 = 0x4000000000000000, field 1 wire type 1: tag 0x09
        assertArrayEquals(bytes(0x09, 0, 0, 0, 0, 0, 0, 0, 0x40), new ProtoWriter().float64(1, 2.0).toByteArray());
    }

    @Test
    void lengthDelimitedFieldsCarryTheirLength() {
        // field 2 wire type 2: tag 0x12; "testing" has 7 bytes
        assertArrayEquals(bytes(0x12, 0x07, 't', 'e', 's', 't', 'i', 'n', 'g'), new ProtoWriter().string(2, "testing").toByteArray());
        // a nested message {1: 150} in field 3: tag 0x1a, length 3
        assertArrayEquals(bytes(0x1a, 0x03, 0x08, 0x96, 0x01),
                new ProtoWriter().message(3, new ProtoWriter().varint(1, 150)).toByteArray());
        // packed floats [1, -2] in field 4: tag 0x22, 8 bytes; -2.0f = 0xC0000000
        assertArrayEquals(bytes(0x22, 0x08, 0, 0, 0x80, 0x3F, 0, 0, 0, 0xC0),
                new ProtoWriter().packedFloats(4, new float[] {1, -2}).toByteArray());
    }
}
