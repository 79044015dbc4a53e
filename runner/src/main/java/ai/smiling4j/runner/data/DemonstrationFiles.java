package ai.smiling4j.runner.data;

import ai.smiling4j.api.data.Demonstrations;

import io.jhdf.exceptions.HdfException;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads demonstrations in the formats users already have, chosen by the file's extension:
 * Minari's HDF5 layout ({@code .hdf5}, {@code .h5}), NumPy archives ({@code .npz}, see
 * {@link NpzReader}) and CSV ({@code .csv}, see {@link CsvReader}); writes Minari's layout.
 * Every problem with a file (missing, wrong format, no episodes, ragged or non-finite data, sizes
 * that do not fit the environment) is a {@link ai.smiling4j.runner.UserError} whose message is one
 * sentence naming the file. docs/demonstration-formats.md describes the layouts.
 */
public final class DemonstrationFiles {
    private DemonstrationFiles() {
    }

    /** Reads the demonstrations in {@code file}, checked: at least one episode, consistent sizes, finite values. */
    public static Demonstrations read(Path file) {
        Format format = Format.of(file);
        if (Files.isDirectory(file)) {
            throw Checks.error(file, "is a folder, not a demonstration file");
        }
        if (!Files.exists(file)) {
            throw Checks.error(file, "no such file");
        }
        return switch (format) {
            case HDF5 -> MinariReader.read(file);
            case NPZ -> NpzReader.read(file);
            case CSV -> CsvReader.read(file);
        };
    }

    /** Writes {@code demos} to a new HDF5 file in Minari's layout; fails if {@code file} exists. */
    public static void write(Path file, Demonstrations demos) {
        write(file, demos, false);
    }

    /**
     * Writes {@code demos} to {@code file} (.hdf5 or .h5) in Minari's layout, atomically: into a
     * temporary file in the same folder, then renamed. An existing file is replaced only if
     * {@code overwrite} is true.
     */
    public static void write(Path file, Demonstrations demos, boolean overwrite) {
        if (Format.of(file) != Format.HDF5) {
            throw Checks.error(file, "cannot be written: demonstrations are written as HDF5 (.hdf5 or .h5)");
        }
        if (!overwrite && Files.exists(file)) {
            throw Checks.error(file, "already exists and overwriting was not asked for");
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            MinariWriter.write(temporary, demos, stem(file));
            CopyOption[] options = overwrite
                    ? new CopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                    : new CopyOption[] {StandardCopyOption.ATOMIC_MOVE};
            Files.move(temporary, file, options);
        } catch (IOException | HdfException e) {
            throw Checks.error(file, "cannot be written (" + Checks.reason(e) + ")", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Checks that the demonstrations' sizes fit the environment they will be used with.
     *
     * @param demos       the demonstrations, as read
     * @param environment the environment's name, for the message
     * @param obsDim      the size of the environment's observations
     * @param actDim      the size of its actions (not checked for state-only demonstrations)
     * @param file        the file the demonstrations came from, for the message
     */
    public static void checkFits(Demonstrations demos, String environment, int obsDim, int actDim, Path file) {
        if (demos.observationDim() != obsDim) {
            throw Checks.error(file, "observations have " + demos.observationDim() + " columns but environment "
                    + environment + " observes " + obsDim);
        }
        if (demos.hasActions() && demos.actionDim() != actDim) {
            throw Checks.error(file, "actions have " + demos.actionDim() + " columns but environment "
                    + environment + " takes " + actDim);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            temporary.toFile().deleteOnExit();
        }
    }

    /** The file formats, by extension. */
    private enum Format {
        HDF5, NPZ, CSV;

        static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return switch (extension) {
                case "hdf5", "h5" -> HDF5;
                case "npz" -> NPZ;
                case "csv" -> CSV;
                default -> throw Checks.error(file, "has an unknown demonstration format"
                        + " (use .hdf5 or .h5 for Minari, .npz for NumPy, .csv for CSV)");
            };
        }
    }
}
