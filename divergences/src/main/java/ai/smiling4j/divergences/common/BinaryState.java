package ai.smiling4j.divergences.common;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A divergence's own state in a small binary file, written atomically. */
public final class BinaryState {
    private BinaryState() {
    }

    /** Writes what {@code body} writes. */
    public interface Writer {
        /** Writes the state. */
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads what a {@link Writer} wrote. */
    public interface Reader {
        /** Reads the state. */
        void read(DataInputStream in) throws IOException;
    }

    /** Writes {@code file} through a temporary file renamed over it. */
    public static void write(Path file, Writer body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                body.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads {@code file}. */
    public static void read(Path file, Reader body) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            body.read(in);
        }
    }
}
