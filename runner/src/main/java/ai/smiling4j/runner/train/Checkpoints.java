package ai.smiling4j.runner.train;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.RLSolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * A run's checkpoint: checkpoints/latest holds the solver's and the divergence's complete state
 * and the loop's position. A new checkpoint is written to a fresh folder and then takes
 * latest's place by renames, so a kill at any moment leaves one complete checkpoint behind.
 */
final class Checkpoints {
    private static final String LATEST = "latest";
    private static final String PREVIOUS = "previous";

    private Checkpoints() {
    }

    /** True if the run folder holds a complete checkpoint. */
    static boolean exists(Path runFolder) {
        return complete(runFolder.resolve("checkpoints").resolve(LATEST))
                || complete(runFolder.resolve("checkpoints").resolve(PREVIOUS));
    }

    private static boolean complete(Path dir) {
        return Files.exists(dir.resolve("loop.properties"));
    }

    /** Saves a checkpoint at the given loop state. */
    static void save(Path runFolder, LoopState state, RLSolver solver, Divergence divergence) {
        Path root = runFolder.resolve("checkpoints");
        Path fresh = root.resolve("step-" + state.step());
        try {
            RunFolder.deleteRecursively(fresh);
            Files.createDirectories(fresh);
            solver.save(fresh.resolve("solver"));
            if (divergence != null) {
                divergence.save(fresh.resolve("divergence"));
            }
            RunFolder.writeAtomically(fresh.resolve("loop.properties"), state.toProperties());
            Path latest = root.resolve(LATEST);
            Path previous = root.resolve(PREVIOUS);
            RunFolder.deleteRecursively(previous);
            if (Files.exists(latest)) {
                Files.move(latest, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, latest, StandardCopyOption.ATOMIC_MOVE);
            RunFolder.deleteRecursively(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a checkpoint in " + root, e);
        }
    }

    /** Restores only the solver (the policy) from the newest complete checkpoint. */
    static void loadSolver(Path runFolder, RLSolver solver) {
        Path dir = newest(runFolder);
        try {
            solver.load(dir.resolve("solver"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy in " + dir, e);
        }
    }

    private static Path newest(Path runFolder) {
        Path root = runFolder.resolve("checkpoints");
        return complete(root.resolve(LATEST)) ? root.resolve(LATEST) : root.resolve(PREVIOUS);
    }

    /** Restores the solver and divergence from the newest complete checkpoint; returns the loop state. */
    static LoopState load(Path runFolder, RLSolver solver, Divergence divergence) {
        Path dir = newest(runFolder);
        try {
            solver.load(dir.resolve("solver"));
            if (divergence != null) {
                divergence.load(dir.resolve("divergence"));
            }
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(dir.resolve("loop.properties"))) {
                p.load(in);
            }
            return LoopState.fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint in " + dir, e);
        }
    }
}
