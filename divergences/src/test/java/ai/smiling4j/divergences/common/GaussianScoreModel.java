package ai.smiling4j.divergences.common;

import ai.smiling4j.api.DiffusionSamples;
import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.FloatMatrix;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test double with a known answer: the optimal noise predictor of an isotropic Gaussian
 * N(mu, I), eps*(x_t, t) = sqrt(1 - abar_t) (x_t - sqrt(abar_t) mu) (since Sigma_t = I). A train
 * step moves mu halfway to the batch mean, so "fitting" converges to the data's mean.
 */
public final class GaussianScoreModel implements ScoreModel {
    private final NoiseSchedule schedule;
    private final double[] mu;
    private long version;

    public GaussianScoreModel(NoiseSchedule schedule, double... mu) {
        this.schedule = schedule;
        this.mu = mu.clone();
    }

    public double[] mean() {
        return mu.clone();
    }

    /** The closed-form expected denoising error of x averaged over the given timesteps: ||x - mu||^2 abar (1 - abar) / d per t. */
    public double expectedError(float[] x, int[] timesteps) {
        double dist = 0;
        for (int i = 0; i < mu.length; i++) {
            dist += (x[i] - mu[i]) * (x[i] - mu[i]);
        }
        double sum = 0;
        for (int t : timesteps) {
            // eps_hat - eps = sqrt(1-abar) sqrt(abar) (x - mu) + ((1 - abar) - 1) eps
            double ab = schedule.alphaBar(t);
            sum += (1 - ab) * ab * dist / mu.length + ab * ab;
        }
        return sum / timesteps.length;
    }

    @Override
    public int dimension() {
        return mu.length;
    }

    @Override
    public NoiseSchedule schedule() {
        return schedule;
    }

    @Override
    public double trainStep(FloatMatrix clean) {
        for (int c = 0; c < mu.length; c++) {
            double s = 0;
            for (int r = 0; r < clean.rows(); r++) {
                s += clean.get(r, c);
            }
            mu[c] += 0.5 * (s / clean.rows() - mu[c]);
        }
        version++;
        return 0;
    }

    @Override
    public FloatMatrix predictNoise(FloatMatrix noisy, int[] timesteps) {
        float[] out = new float[noisy.data().length];
        for (int r = 0; r < noisy.rows(); r++) {
            double ab = schedule.alphaBar(timesteps[r]);
            for (int c = 0; c < mu.length; c++) {
                out[r * mu.length + c] = (float) (Math.sqrt(1 - ab) * (noisy.get(r, c) - Math.sqrt(ab) * mu[c]));
            }
        }
        return new FloatMatrix(noisy.rows(), mu.length, out);
    }

    @Override
    public float[] denoisingError(FloatMatrix clean, DiffusionSamples samples) {
        float[] err = new float[clean.rows()];
        int k = samples.perState();
        for (int i = 0; i < clean.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                int row = samples.shared() ? j : i * k + j;
                int t = samples.timesteps()[row];
                double a = Math.sqrt(schedule.alphaBar(t));
                double b = Math.sqrt(1 - schedule.alphaBar(t));
                for (int c = 0; c < mu.length; c++) {
                    double eps = samples.noise().get(row, c);
                    double xt = a * clean.get(i, c) + b * eps;
                    double d = b * (xt - a * mu[c]) - eps;
                    sum += d * d / mu.length;
                }
            }
            err[i] = (float) (sum / k);
        }
        return err;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public ScoreModel copy() {
        GaussianScoreModel c = new GaussianScoreModel(schedule, mu);
        c.version = version;
        return c;
    }

    @Override
    public void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(directory.resolve("mu.bin")))) {
            for (double v : mu) {
                out.writeDouble(v);
            }
        }
    }

    @Override
    public void load(Path directory) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(directory.resolve("mu.bin")))) {
            for (int i = 0; i < mu.length; i++) {
                mu[i] = in.readDouble();
            }
        }
        version++;
    }

    @Override
    public void close() {
        // nothing native
    }
}
