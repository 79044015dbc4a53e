package ai.smiling4j.runner.train;

import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.runner.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's folder, runs/NAME: config.yaml, metrics.csv, eval.csv, results.json, checkpoints/,
 * and whatever the command adds. A finished run (one with results.json) is never overwritten
 * unless asked; an unfinished one with a checkpoint is resumed only when asked, or when the mode
 * is {@link Mode#CONTINUE}.
 */
public final class RunFolder {
    static final String RESULTS = "results.json";
    /** The run's log of its console output (see RunLog); kept when an unfinished run starts over. */
    public static final String LOG = "log.txt";
    /** Environment variable set, to any value, when a process's console already goes to its run's log.txt. */
    public static final String CONSOLE_IS_LOG = "SMILING_CONSOLE_IS_RUN_LOG";
    private final Path path;
    private final boolean resuming;

    private RunFolder(Path path, boolean resuming) {
        this.path = path;
        this.resuming = resuming;
    }

    /** How to treat a folder that already exists. */
    public enum Mode {
        /** Refuse an existing folder. */
        NEW,
        /** Continue from the folder's last checkpoint. */
        RESUME,
        /** Delete the folder first. */
        OVERWRITE,
        /**
         * Whatever brings the run to its end: keep a finished run, resume one with a checkpoint,
         * start any other afresh. What sweeps and re-submitted cluster jobs use.
         */
        CONTINUE
    }

    /**
     * Opens the folder of a run for a command.
     *
     * @throws UserError when the folder's state does not fit the mode
     */
    public static RunFolder open(Path path, Mode mode) {
        boolean exists = Files.isDirectory(path) && !isEmpty(path);
        RunFolder folder = new RunFolder(path, mode == Mode.RESUME
                || mode == Mode.CONTINUE && exists && !isFinished(path) && Checkpoints.exists(path));
        switch (mode) {
            case NEW -> {
                if (exists) {
                    throw new UserError("run folder " + path + " already exists"
                            + (folder.finished() ? " and holds a finished run" : "")
                            + "; pass --resume to continue it, --overwrite to replace it, or choose another run.name");
                }
            }
            case RESUME -> {
                if (!exists || !Checkpoints.exists(path)) {
                    throw new UserError("run folder " + path + " has no checkpoint to resume from");
                }
                if (folder.finished()) {
                    throw new UserError("run " + path + " is finished already; pass --overwrite to run it again");
                }
            }
            case OVERWRITE -> deleteRecursively(path);
            case CONTINUE -> {
                if (exists && !folder.resuming && !folder.finished()) {
                    clearExceptLog(path);
                }
            }
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UserError("cannot create run folder " + path + ": " + e.getMessage(), e);
        }
        return folder;
    }

    /** True if the run continues from the folder's checkpoint rather than from the start. */
    public boolean resuming() {
        return resuming;
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /** A file or folder inside the run folder. */
    public Path resolve(String name) {
        return path.resolve(name);
    }

    /** True if the run wrote its results. */
    public boolean finished() {
        return isFinished(path);
    }

    /** True if the run folder at {@code path} holds a finished run. */
    public static boolean isFinished(Path path) {
        return Files.exists(path.resolve(RESULTS));
    }

    /** Writes a text file atomically (a temporary file renamed over the target). */
    public void writeAtomically(String name, String text) {
        writeAtomically(path.resolve(name), text);
    }

    /** Writes a text file atomically (a temporary file renamed over the target). */
    static void writeAtomically(Path file, String text) {
        try {
            AtomicFiles.writeText(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clearExceptLog(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().equals(LOG)).toList()) {
                deleteRecursively(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing if it does not exist. */
    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
