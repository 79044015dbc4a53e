package ai.smiling4j.api.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files that readers see either with their old or their complete new content, never a part: the
 * content is written to a temporary file beside the target, which is then renamed over it. For
 * plugins' saved state and the runner's run folders.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Writer {
        /** Writes into {@code out}. */
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads what a {@link Writer} wrote. */
    @FunctionalInterface
    public interface Reader {
        /** Reads from {@code in}. */
        void read(DataInputStream in) throws IOException;
    }

    /** Writes {@code file} atomically with what {@code content} writes. */
    public static void write(Path file, Writer content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                content.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a UTF-8 text file atomically. */
    public static void writeText(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads {@code file} with {@code content}. */
    public static void read(Path file, Reader content) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            content.read(in);
        }
    }
}
