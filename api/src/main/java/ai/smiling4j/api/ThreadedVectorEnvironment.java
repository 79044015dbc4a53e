package ai.smiling4j.api;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Steps {@code n} copies of a task in contiguous slices, one slice per thread: the caller's thread
 * takes the first slice and {@link SliceWorkers} the others (no other thread at all with one
 * thread or one copy). A copy whose episode ends is reset at once with a seedless
 * {@link Environment#reset()}, as {@link VectorStep} describes, so after {@link #reset(long)} every
 * copy's sequence of episodes is fixed by its seed {@code seed + i}. One thread drives this object.
 */
final class ThreadedVectorEnvironment implements VectorEnvironment {
    private final List<Environment> copies;
    private final EnvironmentSpec spec;
    private final int slices;
    private final SliceWorkers workers;
    private boolean closed;

    /**
     * @param copies  independent copies of one task (this object closes them)
     * @param threads how many threads may step copies at once, the caller's included; at most one per copy is used
     * @throws IllegalArgumentException if there are no copies, their specs differ, or {@code threads < 1}
     */
    ThreadedVectorEnvironment(List<? extends Environment> copies, int threads) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("a vector environment needs at least one copy");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.copies = List.copyOf(copies);
        this.spec = this.copies.get(0).spec();
        for (int i = 1; i < this.copies.size(); i++) {
            if (!this.copies.get(i).spec().equals(spec)) {
                throw new IllegalArgumentException("copy " + i + " is " + this.copies.get(i).spec() + ", not " + spec);
            }
        }
        this.slices = Math.min(threads, this.copies.size());
        this.workers = slices == 1 ? null : new SliceWorkers(slices - 1, "vector-" + spec.name());
    }

    @Override
    public int size() {
        return copies.size();
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public float[][] reset(long seed) {
        float[][] observations = new float[copies.size()][];
        forEachCopy(i -> observations[i] = copies.get(i).reset(seed + i));
        return observations;
    }

    @Override
    public VectorStep step(float[][] actions) {
        int n = copies.size();
        if (actions.length != n) {
            throw new IllegalArgumentException("got " + actions.length + " actions for " + n + " copies");
        }
        float[][] observations = new float[n][];
        double[] rewards = new double[n];
        boolean[] terminated = new boolean[n];
        boolean[] truncated = new boolean[n];
        float[][] finalObservations = new float[n][];
        forEachCopy(i -> {
            Environment copy = copies.get(i);
            StepResult result = copy.step(actions[i]);
            rewards[i] = result.reward();
            terminated[i] = result.terminated();
            truncated[i] = result.truncated();
            if (result.done()) {
                finalObservations[i] = result.observation();
                observations[i] = copy.reset();
            } else {
                observations[i] = result.observation();
            }
        });
        return new VectorStep(observations, rewards, terminated, truncated, finalObservations);
    }

    /** Stops the threads, then closes every copy; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (workers != null) {
            workers.close();
        }
        copies.forEach(Environment::close);
    }

    /**
     * Runs {@code work} for every copy index, slice by slice, and returns when all are done. The
     * first failure is rethrown after every slice has finished; an interrupt is kept for the
     * caller but does not cut the step short.
     */
    private void forEachCopy(IntConsumer work) {
        if (closed) {
            throw new IllegalStateException("this vector environment of " + spec.name() + " is closed");
        }
        if (workers == null) {
            run(work, 0, copies.size());
        } else {
            workers.run(slice -> run(work, sliceStart(slice), sliceStart(slice + 1)));
        }
    }

    private int sliceStart(int slice) {
        return (int) ((long) slice * copies.size() / slices);
    }

    private static void run(IntConsumer work, int from, int to) {
        for (int i = from; i < to; i++) {
            work.accept(i);
        }
    }
}
