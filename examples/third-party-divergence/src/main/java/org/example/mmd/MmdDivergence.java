package org.example.mmd;

import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Maximum mean discrepancy between the expert's and the learner's state distributions with the
 * Gaussian kernel k(x, y) = exp(-|x - y|^2 / (2 h^2)). The reward of a state is the MMD witness
 * function, mean_e k(s, e) - mean_l k(s, l): high where expert states are dense and learner
 * states are not.
 */
final class MmdDivergence implements Divergence {
    private final MmdSettings settings;
    private final int dim;
    private final SplittableRandom random;
    private final float[] buffer;
    private long observed;
    private float[][] expert = new float[0][];
    private float[][] learner = new float[0][];
    private double bandwidth;
    private double lastMmd2 = Double.NaN;

    MmdDivergence(MmdSettings settings, int dim, long seed) {
        this.settings = settings;
        this.dim = dim;
        this.random = new SplittableRandom(seed);
        this.buffer = new float[settings.buffer() * dim];
    }

    @Override
    public void fitExpert(Demonstrations demonstrations) {
        FloatMatrix states = demonstrations.states();
        int n = Math.min(settings.expertSamples(), states.rows());
        expert = new float[n][];
        for (int i = 0; i < n; i++) {
            expert[i] = states.row(random.nextInt(states.rows()));
        }
        bandwidth = settings.bandwidth() > 0 ? settings.bandwidth() : medianDistance(expert);
    }

    @Override
    public void observe(Transition transition) {
        int slot = (int) (observed % settings.buffer());
        System.arraycopy(transition.observation(), 0, buffer, slot * dim, dim);
        observed++;
    }

    @Override
    public int updatePeriod() {
        return settings.updateEvery();
    }

    @Override
    public Map<String, Double> update() {
        int stored = (int) Math.min(observed, settings.buffer());
        if (stored == 0) {
            return Map.of();
        }
        learner = new float[settings.learnerSamples()][];
        for (int i = 0; i < learner.length; i++) {
            int slot = random.nextInt(stored);
            learner[i] = Arrays.copyOfRange(buffer, slot * dim, (slot + 1) * dim);
        }
        lastMmd2 = mmd2(expert, learner);
        return Map.of("mmd2", lastMmd2);
    }

    @Override
    public float[] rewards(TransitionBatch batch) {
        FloatMatrix states = batch.observations();
        float[] r = new float[states.rows()];
        for (int i = 0; i < r.length; i++) {
            float[] s = states.row(i);
            r[i] = (float) (meanKernel(s, expert) - (learner.length == 0 ? 0 : meanKernel(s, learner)));
        }
        return r;
    }

    /** MMD^2 between two sets of states, the biased V-statistic. */
    double mmd2(float[][] a, float[][] b) {
        return meanKernel(a, a) + meanKernel(b, b) - 2 * meanKernel(a, b);
    }

    @Override
    public Map<String, Double> diagnostics() {
        return Map.of("mmd2", lastMmd2, "bandwidth", bandwidth, "learner-states", (double) Math.min(observed, settings.buffer()));
    }

    private double kernel(float[] x, float[] y) {
        double d2 = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            d2 += d * d;
        }
        return Math.exp(-d2 / (2 * bandwidth * bandwidth));
    }

    private double meanKernel(float[] s, float[][] set) {
        double sum = 0;
        for (float[] e : set) {
            sum += kernel(s, e);
        }
        return sum / set.length;
    }

    private double meanKernel(float[][] a, float[][] b) {
        double sum = 0;
        for (float[] x : a) {
            sum += meanKernel(x, b);
        }
        return sum / a.length;
    }

    private static double medianDistance(float[][] points) {
        int n = Math.min(points.length, 200);
        double[] d = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int c = 0; c < points[i].length; c++) {
                    double diff = points[i][c] - points[j][c];
                    s += diff * diff;
                }
                d[k++] = Math.sqrt(s);
            }
        }
        Arrays.sort(d);
        double median = d.length == 0 ? 1 : d[d.length / 2];
        return median > 0 ? median : 1;
    }

    @Override
    public void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, "mmd", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeDouble(bandwidth);
            out.writeLong(observed);
            writeSet(out, expert);
            writeSet(out, learner);
            for (float v : buffer) {
                out.writeFloat(v);
            }
        }
        Files.move(tmp, directory.resolve("mmd.bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void load(Path directory) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
                Files.newInputStream(directory.resolve("mmd.bin"))))) {
            bandwidth = in.readDouble();
            observed = in.readLong();
            expert = readSet(in);
            learner = readSet(in);
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = in.readFloat();
            }
        }
    }

    private static void writeSet(DataOutputStream out, float[][] set) throws IOException {
        out.writeInt(set.length);
        out.writeInt(set.length == 0 ? 0 : set[0].length);
        for (float[] row : set) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
    }

    private static float[][] readSet(DataInputStream in) throws IOException {
        float[][] set = new float[in.readInt()][];
        int cols = in.readInt();
        for (int i = 0; i < set.length; i++) {
            set[i] = new float[cols];
            for (int c = 0; c < cols; c++) {
                set[i][c] = in.readFloat();
            }
        }
        return set;
    }

    @Override
    public void close() {
        // holds no native resources
    }
}
