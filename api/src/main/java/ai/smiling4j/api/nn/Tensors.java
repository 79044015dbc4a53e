package ai.smiling4j.api.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.smiling4j.api.data.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/** Saving and loading lists of arrays, atomically (written to a temporary file, then renamed). */
public final class Tensors {
    private Tensors() {
    }

    /** Writes the arrays' values to {@code file}, replacing it only once the write is complete. */
    public static void save(Path file, List<NDArray> arrays) throws IOException {
        NDList list = new NDList(arrays.toArray(NDArray[]::new));
        AtomicFiles.write(file, list::encode);
    }

    /** Reads arrays written by {@link #save} into {@code manager}. */
    public static NDList load(Path file, NDManager manager) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NDList.decode(manager, in);
        }
    }

    /**
     * Copies {@code values} into {@code target} (same shape) in place, into the target's own
     * memory. Unlike {@code NDArray.set(float[])}, which makes a PyTorch array's storage a Java
     * buffer (and has libtorch print a deprecation warning), the target keeps its storage.
     */
    public static void assign(NDArray target, NDArray values) {
        int dims = target.getShape().dimension();
        if (dims == 0) {
            throw new IllegalArgumentException("cannot assign into a 0-dimensional array");
        }
        target.set(new NDIndex(String.join(",", Collections.nCopies(dims, ":"))), values);
    }

    /** Copies saved values into existing arrays of the same shapes, in order. */
    public static void loadInto(Path file, List<NDArray> targets) throws IOException {
        if (targets.isEmpty()) {
            return;
        }
        try (NDManager scratch = targets.get(0).getManager().newSubManager()) {
            NDList saved = load(file, scratch);
            if (saved.size() != targets.size()) {
                throw new IOException(file + " holds " + saved.size() + " arrays, expected " + targets.size());
            }
            for (int i = 0; i < targets.size(); i++) {
                if (!saved.get(i).getShape().equals(targets.get(i).getShape())) {
                    throw new IOException(file + ": array " + i + " has shape " + saved.get(i).getShape()
                            + ", expected " + targets.get(i).getShape());
                }
                assign(targets.get(i), saved.get(i));
            }
        }
    }
}
