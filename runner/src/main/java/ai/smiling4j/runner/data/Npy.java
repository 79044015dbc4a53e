package ai.smiling4j.runner.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses NumPy's .npy format (versions 1 to 3): the magic {@code \x93NUMPY}, a version, a header
 * length, a header dict ({@code descr}, {@code fortran_order}, {@code shape}) and the raw values.
 * Little- and big-endian floats ({@code f4 f8}), integers ({@code i1..i8 u1..u8}) and bools
 * ({@code |b1}) in C order are read, as floats.
 */
final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern NUMERIC = Pattern.compile("([<>|=])([fiub])(\\d)");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** The array in {@code bytes}; {@code label} names it in messages about {@code file}. */
    static RawArray parse(Path file, String label, byte[] bytes) {
        if (bytes.length < 10 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw Checks.error(file, label + " is not a .npy array");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int version = bytes[6];
        int headerLength;
        if (version == 1) {
            headerLength = Short.toUnsignedInt(in.getShort(8));
            in.position(10);
        } else if ((version == 2 || version == 3) && bytes.length >= 12) {
            headerLength = in.getInt(8);
            in.position(12);
        } else {
            throw Checks.error(file, label + " uses .npy format version " + version + ", not 1, 2 or 3");
        }
        if (headerLength < 0 || headerLength > in.remaining()) {
            throw Checks.error(file, label + " is cut short in its .npy header");
        }
        String header = new String(bytes, in.position(), headerLength,
                version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        in.position(in.position() + headerLength);
        Dtype dtype = dtype(file, label, header);
        Matcher fortran = FORTRAN.matcher(header);
        if (!fortran.find() || fortran.group(1).equals("True")) {
            throw Checks.error(file, label + " is not stored in C order (save it with numpy.ascontiguousarray)");
        }
        int[] shape = shape(file, label, header);
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        if (count * dtype.size() > in.remaining()) {
            throw Checks.error(file, label + " is cut short: shape " + Arrays.toString(shape) + " needs "
                    + count * dtype.size() + " bytes of values, the file has " + in.remaining());
        }
        in.order(dtype.order());
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = dtype.next(in);
        }
        return new RawArray(label, shape, values);
    }

    private static Dtype dtype(Path file, String label, String header) {
        Matcher descr = DESCR.matcher(header);
        if (!descr.find()) {
            throw Checks.error(file, label + " has a structured or unreadable dtype; only plain number arrays are read");
        }
        Matcher m = NUMERIC.matcher(descr.group(1));
        Dtype dtype = m.matches() ? Dtype.of(m.group(2).charAt(0), m.group(3).charAt(0) - '0',
                m.group(1).equals(">") ? ByteOrder.BIG_ENDIAN
                        : m.group(1).equals("=") ? ByteOrder.nativeOrder() : ByteOrder.LITTLE_ENDIAN) : null;
        if (dtype == null) {
            throw Checks.error(file, label + " has dtype '" + descr.group(1)
                    + "'; only floats (f4, f8), integers and bools are read");
        }
        return dtype;
    }

    private static int[] shape(Path file, String label, String header) {
        Matcher m = SHAPE.matcher(header);
        if (!m.find()) {
            throw Checks.error(file, label + " has no shape in its .npy header");
        }
        try {
            return Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw Checks.error(file, label + " has an unreadable shape (" + m.group(1) + ") in its .npy header", e);
        }
    }

    /** One element type: its kind ({@code f i u b}), size in bytes and byte order. */
    private record Dtype(char kind, int size, ByteOrder order) {

        /** The element type, or {@code null} if it is not one that can be read. */
        static Dtype of(char kind, int size, ByteOrder order) {
            boolean known = switch (kind) {
                case 'f' -> size == 4 || size == 8;
                case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
                default -> size == 1;
            };
            return known ? new Dtype(kind, size, order) : null;
        }

        float next(ByteBuffer in) {
            return switch (kind) {
                case 'f' -> size == 4 ? in.getFloat() : (float) in.getDouble();
                case 'i' -> switch (size) {
                    case 1 -> in.get();
                    case 2 -> in.getShort();
                    case 4 -> in.getInt();
                    default -> in.getLong();
                };
                case 'u' -> switch (size) {
                    case 1 -> Byte.toUnsignedInt(in.get());
                    case 2 -> Short.toUnsignedInt(in.getShort());
                    case 4 -> Integer.toUnsignedLong(in.getInt());
                    default -> unsigned(in.getLong());
                };
                default -> in.get() != 0 ? 1 : 0;
            };
        }

        private static float unsigned(long v) {
            return v >= 0 ? v : (float) ((v >>> 1) * 2.0 + (v & 1));
        }
    }
}
