package ai.smiling4j.solvers.common;

import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A first-in first-out replay of transitions in primitive arrays. Every transition gets an id, its
 * insertion number; the transition with id {@code i} lives in slot {@code i % capacity} until
 * {@code capacity} newer ones have pushed it out. Storage grows with use up to the capacity.
 */
public final class ReplayBuffer {
    private static final int MAGIC = 0x534d5242; // "SMRB"
    private static final int FORMAT = 1;

    private final int capacity;
    private final int obsDim;
    private final int actDim;
    private float[] observations = new float[0];
    private float[] actions = new float[0];
    private float[] rewards = new float[0];
    private float[] nextObservations = new float[0];
    private boolean[] terminated = new boolean[0];
    private long inserted;

    /** An empty replay for transitions of the given sizes. */
    public ReplayBuffer(int capacity, int obsDim, int actDim) {
        if (capacity < 1) {
            throw new IllegalArgumentException("replay capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.obsDim = obsDim;
        this.actDim = actDim;
    }

    /** Stores a transition, replacing the oldest one when full. */
    public void add(Transition t) {
        if (t.observation().length != obsDim || t.nextObservation().length != obsDim || t.action().length != actDim) {
            throw new IllegalArgumentException("a transition of this replay has observations of size " + obsDim
                    + " and actions of size " + actDim + ", got " + t.observation().length + ", "
                    + t.nextObservation().length + " and " + t.action().length);
        }
        int slot = (int) (inserted % capacity);
        if (slot >= rewards.length) {
            grow();
        }
        System.arraycopy(t.observation(), 0, observations, slot * obsDim, obsDim);
        System.arraycopy(t.action(), 0, actions, slot * actDim, actDim);
        System.arraycopy(t.nextObservation(), 0, nextObservations, slot * obsDim, obsDim);
        rewards[slot] = (float) t.reward();
        terminated[slot] = t.terminated();
        inserted++;
    }

    private void grow() {
        allocate((int) Math.min(capacity, Math.max(1024L, 2L * rewards.length)));
    }

    private void allocate(int slots) {
        observations = Arrays.copyOf(observations, slots * obsDim);
        actions = Arrays.copyOf(actions, slots * actDim);
        nextObservations = Arrays.copyOf(nextObservations, slots * obsDim);
        rewards = Arrays.copyOf(rewards, slots);
        terminated = Arrays.copyOf(terminated, slots);
    }

    /** Number of transitions held. */
    public int size() {
        return (int) Math.min(inserted, capacity);
    }

    /** Number of transitions ever added (the id the next one gets). */
    public long inserted() {
        return inserted;
    }

    /** {@code n} transitions drawn uniformly with replacement. */
    public TransitionBatch sample(int n, RandomStream random) {
        int size = size();
        if (size == 0) {
            throw new IllegalStateException("cannot sample from an empty replay");
        }
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = inserted - size + random.nextInt(size);
        }
        return batch(ids);
    }

    /** The transitions with the given ids (all still held). */
    public TransitionBatch batch(long[] ids) {
        int n = ids.length;
        float[] obs = new float[n * obsDim];
        float[] act = new float[n * actDim];
        float[] next = new float[n * obsDim];
        float[] rew = new float[n];
        boolean[] term = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (ids[i] < inserted - size() || ids[i] >= inserted) {
                throw new IllegalArgumentException("transition " + ids[i] + " is not in the replay");
            }
            int slot = (int) (ids[i] % capacity);
            System.arraycopy(observations, slot * obsDim, obs, i * obsDim, obsDim);
            System.arraycopy(actions, slot * actDim, act, i * actDim, actDim);
            System.arraycopy(nextObservations, slot * obsDim, next, i * obsDim, obsDim);
            rew[i] = rewards[slot];
            term[i] = terminated[slot];
        }
        return new TransitionBatch(ids.clone(), new FloatMatrix(n, obsDim, obs), new FloatMatrix(n, actDim, act), rew,
                new FloatMatrix(n, obsDim, next), term);
    }

    /** Writes the contents in a binary format, atomically. */
    public void save(Path file) throws IOException {
        int size = size();
        AtomicFiles.write(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(capacity);
            out.writeInt(obsDim);
            out.writeInt(actDim);
            out.writeLong(inserted);
            FloatIo.write(out, observations, size * obsDim);
            FloatIo.write(out, actions, size * actDim);
            FloatIo.write(out, nextObservations, size * obsDim);
            FloatIo.write(out, rewards, size);
            for (int i = 0; i < size; i++) {
                out.writeBoolean(terminated[i]);
            }
        });
    }

    /** Replaces the contents with what {@link #save} wrote; the sizes must match this replay's. */
    public void load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException(file + " is not a replay file of this version");
            }
            int savedCapacity = in.readInt();
            int savedObs = in.readInt();
            int savedAct = in.readInt();
            if (savedCapacity != capacity || savedObs != obsDim || savedAct != actDim) {
                throw new IOException(file + " holds a replay of capacity " + savedCapacity + " for sizes " + savedObs
                        + "/" + savedAct + ", this one has capacity " + capacity + " for " + obsDim + "/" + actDim);
            }
            inserted = in.readLong();
            int size = size();
            observations = new float[0];
            actions = new float[0];
            nextObservations = new float[0];
            rewards = new float[0];
            terminated = new boolean[0];
            allocate(size);
            FloatIo.read(in, observations);
            FloatIo.read(in, actions);
            FloatIo.read(in, nextObservations);
            FloatIo.read(in, rewards);
            for (int i = 0; i < size; i++) {
                terminated[i] = in.readBoolean();
            }
        }
    }
}
