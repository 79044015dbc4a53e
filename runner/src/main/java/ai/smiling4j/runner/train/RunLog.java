package ai.smiling4j.runner.train;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The run folder's log.txt: a copy of everything the run prints on the console (progress,
 * evaluations, SLF4J lines, the error that ended it), appended across resumptions, each line
 * stamped with the time. A progress bar's redraws (carriage returns) keep only their last state.
 * A sweep, which already sends a task's whole output to that file, turns the copy off with the
 * environment variable {@value RunFolder#CONSOLE_IS_LOG}.
 */
final class RunLog implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final PrintStream originalErr;
    private final PrintStream console;
    private final LineFile file;

    private RunLog(PrintStream console, LineFile file) {
        this.originalErr = System.err;
        this.file = file;
        if (file == null) {
            this.console = console;
            return;
        }
        PrintStream err = new PrintStream(new Tee(originalErr, file), true, StandardCharsets.UTF_8);
        System.setErr(err);
        this.console = console == originalErr ? err : new PrintStream(new Tee(console, file), true, StandardCharsets.UTF_8);
    }

    /**
     * Starts copying {@code console} and the standard error stream (where SLF4J writes) into
     * {@code log}; nothing is copied when {@value RunFolder#CONSOLE_IS_LOG} is set.
     */
    static RunLog open(Path log, PrintStream console) {
        if (System.getenv(RunFolder.CONSOLE_IS_LOG) != null) {
            return new RunLog(console, null);
        }
        try {
            return new RunLog(console, new LineFile(new FileOutputStream(log.toFile(), true)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + log, e);
        }
    }

    /** The console to print to while the run lasts. */
    PrintStream console() {
        return console;
    }

    /** Stops copying, restoring the standard error stream. */
    @Override
    public void close() {
        if (file == null) {
            return;
        }
        console.flush();
        System.err.flush();
        System.setErr(originalErr);
        file.close();
    }

    /** Bytes to the console as they come, and to the log a line at a time. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final LineFile file;

        Tee(OutputStream console, LineFile file) {
            this.console = console;
            this.file = file;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            console.write(b);
            file.accept((byte) b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            console.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                file.accept(b[i]);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            console.flush();
        }
    }

    /** Collects one line; a carriage return starts it over, a newline writes it with its time. */
    private static final class LineFile {
        private final OutputStream out;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        LineFile(OutputStream out) {
            this.out = out;
        }

        synchronized void accept(byte b) throws IOException {
            if (b == '\r') {
                line.reset();
            } else if (b == '\n') {
                out.write((LocalTime.now().format(TIME) + " ").getBytes(StandardCharsets.UTF_8));
                line.writeTo(out);
                out.write('\n');
                out.flush();
                line.reset();
            } else {
                line.write(b);
            }
        }

        synchronized void close() {
            try {
                if (line.size() > 0) {
                    accept((byte) '\n');
                }
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the run's log", e);
            }
        }
    }
}
