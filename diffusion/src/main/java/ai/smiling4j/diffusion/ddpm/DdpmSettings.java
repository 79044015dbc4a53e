package ai.smiling4j.diffusion.ddpm;

import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.nn.Activation;
import ai.smiling4j.api.plugin.InvalidOptionException;
import ai.smiling4j.api.plugin.Options;

/**
 * The validated options of one {@code ddpm-mlp} model.
 *
 * @param width       hidden units per layer
 * @param depth       hidden layers of the noise network
 * @param activation  between layers, in the noise network and in the time MLP alike
 * @param schedule    the noise schedule
 * @param lr          AdamW learning rate
 * @param weightDecay AdamW decoupled weight decay
 * @param seed        seed of the initial weights and of the training noise
 * @param estimator   how {@code denoisingError} is computed
 */
record DdpmSettings(int width, int depth, Activation activation, NoiseSchedule schedule, double lr,
                    double weightDecay, long seed, Estimator estimator) {

    /** The two ways of computing the denoising error; both give the same numbers. */
    enum Estimator { FACTORED, PLAIN }

    /** Reads the provider's options; the run seed is mixed with the option {@code seed-offset}. */
    static DdpmSettings from(Options o, long runSeed) {
        double first = o.getDouble("beta-start");
        double last = o.getDouble("beta-end");
        if (last < first) {
            throw new InvalidOptionException("beta-end", "'beta-end' is " + last
                    + ", but it must not be smaller than 'beta-start' (" + first + ")");
        }
        int steps = o.getInt("steps");
        NoiseSchedule schedule = o.getString("schedule").equals("cosine")
                ? NoiseSchedule.cosine(steps)
                : NoiseSchedule.linear(steps, first, last);
        String act = o.getString("activation");
        Activation activation = act.equals("linear") ? Activation.IDENTITY : Activation.fromConfig(act);
        return new DdpmSettings(o.getInt("width"), o.getInt("depth"), activation, schedule, o.getDouble("lr"),
                o.getDouble("weight-decay"), runSeed * 0x9E3779B97F4A7C15L + o.getLong("seed-offset"),
                Estimator.valueOf(o.getString("estimator").toUpperCase(java.util.Locale.ROOT)));
    }
}
