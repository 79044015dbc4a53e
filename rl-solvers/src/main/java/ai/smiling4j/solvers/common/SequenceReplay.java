package ai.smiling4j.solvers.common;

import ai.smiling4j.api.RewardFunction;
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
 * A first-in first-out replay of episodes as a stream of steps, for sequence models. An episode of
 * T transitions is stored as T + 1 steps: every observation, with the action taken there and the
 * task reward of that action (none at the final step), and the flags {@code first} (the episode's
 * first observation) and {@code terminal} (a terminal state, no value beyond it). Windows of
 * consecutive steps are sampled uniformly; they may cross episode boundaries, which the
 * {@code first} flags mark. Step {@code k} (its insertion number) lives in slot {@code k % capacity}.
 */
public final class SequenceReplay {
    private static final int MAGIC = 0x534d5351; // "SMSQ"
    private static final int FORMAT = 1;

    private final int capacity;
    private final int obsDim;
    private final int actDim;
    private float[] observations = new float[0];
    private float[] actions = new float[0];
    private float[] taskRewards = new float[0];
    private boolean[] first = new boolean[0];
    private boolean[] terminal = new boolean[0];
    private boolean[] last = new boolean[0];
    private long inserted;
    private boolean episodeOpen;

    /** An empty replay of {@code capacity} steps. */
    public SequenceReplay(int capacity, int obsDim, int actDim) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a sequence replay needs room for at least 2 steps, got " + capacity);
        }
        this.capacity = capacity;
        this.obsDim = obsDim;
        this.actDim = actDim;
    }

    /** Stores a transition: its next observation becomes a new step, and its observation opens an episode if none is open. */
    public void add(Transition t) {
        if (t.observation().length != obsDim || t.nextObservation().length != obsDim || t.action().length != actDim) {
            throw new IllegalArgumentException("a transition of this replay has observations of size " + obsDim
                    + " and actions of size " + actDim + ", got " + t.observation().length + ", "
                    + t.nextObservation().length + " and " + t.action().length);
        }
        if (!episodeOpen) {
            append(t.observation(), true, false);
            episodeOpen = true;
        }
        int slot = slot(inserted - 1);
        System.arraycopy(t.action(), 0, actions, slot * actDim, actDim);
        taskRewards[slot] = (float) t.reward();
        last[slot] = false;
        append(t.nextObservation(), false, t.terminated());
        if (t.terminated() || t.truncated()) {
            episodeOpen = false;
        }
    }

    private void append(float[] observation, boolean isFirst, boolean isTerminal) {
        int slot = slot(inserted);
        if (slot >= first.length) {
            allocate((int) Math.min(capacity, Math.max(1024L, 2L * first.length)));
        }
        System.arraycopy(observation, 0, observations, slot * obsDim, obsDim);
        Arrays.fill(actions, slot * actDim, (slot + 1) * actDim, 0f);
        taskRewards[slot] = 0;
        first[slot] = isFirst;
        terminal[slot] = isTerminal;
        last[slot] = true;
        inserted++;
    }

    private int slot(long step) {
        return (int) (step % capacity);
    }

    private void allocate(int slots) {
        observations = Arrays.copyOf(observations, slots * obsDim);
        actions = Arrays.copyOf(actions, slots * actDim);
        taskRewards = Arrays.copyOf(taskRewards, slots);
        first = Arrays.copyOf(first, slots);
        terminal = Arrays.copyOf(terminal, slots);
        last = Arrays.copyOf(last, slots);
    }

    /** Number of steps held. */
    public int size() {
        return (int) Math.min(inserted, capacity);
    }

    /** {@code batch} windows of {@code length} consecutive steps, their starts drawn uniformly with replacement. */
    public Window sample(int batch, int length, RandomStream random) {
        int windows = size() - length + 1;
        if (windows < 1) {
            throw new IllegalStateException("the replay holds " + size() + " steps, fewer than a window of " + length);
        }
        long[] starts = new long[batch];
        for (int b = 0; b < batch; b++) {
            starts[b] = inserted - size() + random.nextInt(windows);
        }
        return window(starts, length);
    }

    /** The windows of {@code length} steps starting at the given steps (all still held). */
    public Window window(long[] starts, int length) {
        int n = starts.length * length;
        long[] steps = new long[n];
        float[] obs = new float[n * obsDim];
        float[] act = new float[n * actDim];
        float[] rew = new float[n];
        boolean[] isFirst = new boolean[n];
        boolean[] isTerminal = new boolean[n];
        boolean[] isLast = new boolean[n];
        for (int b = 0; b < starts.length; b++) {
            if (starts[b] < inserted - size() || starts[b] + length > inserted) {
                throw new IllegalArgumentException("steps " + starts[b] + " to " + (starts[b] + length - 1)
                        + " are not all in the replay");
            }
            for (int t = 0; t < length; t++) {
                int i = b * length + t;
                steps[i] = starts[b] + t;
                int slot = slot(steps[i]);
                System.arraycopy(observations, slot * obsDim, obs, i * obsDim, obsDim);
                System.arraycopy(actions, slot * actDim, act, i * actDim, actDim);
                rew[i] = taskRewards[slot];
                isFirst[i] = first[slot];
                isTerminal[i] = terminal[slot];
                isLast[i] = last[slot];
            }
        }
        return new Window(starts.length, length, obsDim, actDim, steps, obs, act, rew, isFirst, isTerminal, isLast);
    }

    /**
     * Windows of steps, row-major {@code (batch, length)}.
     *
     * @param batch        number of windows
     * @param length       steps per window
     * @param obsDim       observation size
     * @param actDim       action size
     * @param steps        the insertion number of every step
     * @param observations {@code batch * length * obsDim}
     * @param actions      the action taken at every step (zeros where none was)
     * @param taskRewards  the task reward of that action
     * @param first        the step is an episode's first observation
     * @param terminal     the step is a terminal state
     * @param last         no transition leaves the step (its episode ended there, or it is the newest)
     */
    public record Window(int batch, int length, int obsDim, int actDim, long[] steps, float[] observations,
                         float[] actions, float[] taskRewards, boolean[] first, boolean[] terminal, boolean[] last) {

        /**
         * The rewards of arriving at every step: the reward {@code reward} gives the transition from the
         * previous step of the window, or 0 with mask 0 where the window holds no such transition
         * (the window's first step, an episode's first step). One call labels the whole window.
         */
        public Labels label(RewardFunction reward) {
            int n = batch * length;
            int[] arrival = new int[n];
            int count = 0;
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t + 1 < length; t++) {
                    int i = b * length + t;
                    if (!last[i] && !first[i + 1]) {
                        arrival[count++] = i + 1;
                    }
                }
            }
            long[] ids = new long[count];
            float[] obs = new float[count * obsDim];
            float[] act = new float[count * actDim];
            float[] rew = new float[count];
            float[] next = new float[count * obsDim];
            boolean[] term = new boolean[count];
            for (int j = 0; j < count; j++) {
                int to = arrival[j];
                int from = to - 1;
                ids[j] = steps[from];
                System.arraycopy(observations, from * obsDim, obs, j * obsDim, obsDim);
                System.arraycopy(actions, from * actDim, act, j * actDim, actDim);
                rew[j] = taskRewards[from];
                System.arraycopy(observations, to * obsDim, next, j * obsDim, obsDim);
                term[j] = terminal[to];
            }
            float[] out = new float[n];
            float[] mask = new float[n];
            if (count > 0) {
                float[] r = reward.rewards(new TransitionBatch(ids, new FloatMatrix(count, obsDim, obs),
                        new FloatMatrix(count, actDim, act), rew, new FloatMatrix(count, obsDim, next), term));
                for (int j = 0; j < count; j++) {
                    out[arrival[j]] = r[j];
                    mask[arrival[j]] = 1;
                }
            }
            return new Labels(out, mask);
        }
    }

    /**
     * Per-step rewards of a window.
     *
     * @param rewards the reward of arriving at each step
     * @param mask    1 where the reward is known, 0 elsewhere
     */
    public record Labels(float[] rewards, float[] mask) {
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
            out.writeBoolean(episodeOpen);
            FloatIo.write(out, observations, size * obsDim);
            FloatIo.write(out, actions, size * actDim);
            FloatIo.write(out, taskRewards, size);
            for (int i = 0; i < size; i++) {
                out.writeByte((first[i] ? 1 : 0) | (terminal[i] ? 2 : 0) | (last[i] ? 4 : 0));
            }
        });
    }

    /** Replaces the contents with what {@link #save} wrote; the sizes must match this replay's. */
    public void load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException(file + " is not a sequence replay file of this version");
            }
            int savedCapacity = in.readInt();
            int savedObs = in.readInt();
            int savedAct = in.readInt();
            if (savedCapacity != capacity || savedObs != obsDim || savedAct != actDim) {
                throw new IOException(file + " holds a replay of capacity " + savedCapacity + " for sizes " + savedObs
                        + "/" + savedAct + ", this one has capacity " + capacity + " for " + obsDim + "/" + actDim);
            }
            inserted = in.readLong();
            episodeOpen = in.readBoolean();
            int size = size();
            observations = new float[size * obsDim];
            actions = new float[size * actDim];
            taskRewards = new float[size];
            first = new boolean[size];
            terminal = new boolean[size];
            last = new boolean[size];
            FloatIo.read(in, observations);
            FloatIo.read(in, actions);
            FloatIo.read(in, taskRewards);
            for (int i = 0; i < size; i++) {
                int flags = in.readByte();
                first[i] = (flags & 1) != 0;
                terminal[i] = (flags & 2) != 0;
                last[i] = (flags & 4) != 0;
            }
        }
    }
}
