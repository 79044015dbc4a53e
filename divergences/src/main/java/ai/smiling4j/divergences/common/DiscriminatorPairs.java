package ai.smiling4j.divergences.common;

import ai.smiling4j.api.data.FloatMatrix;

import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The pairs of one discriminator update: learner samples drawn from the learner's FIFO buffer and
 * expert samples drawn from the demonstrations, both uniformly with replacement, served in
 * minibatches of equal learner and expert halves.
 *
 * @param learner one learner sample per row
 * @param expert  one expert sample per row, as many as learner samples
 */
public record DiscriminatorPairs(FloatMatrix learner, FloatMatrix expert) {

    /** Draws {@code pairs} learner and {@code pairs} expert samples. */
    public static DiscriminatorPairs draw(SampleBuffer buffer, FloatMatrix expert, int pairs, SplittableRandom random) {
        FloatMatrix l = buffer.sample(pairs, random);
        int[] rows = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            rows[i] = random.nextInt(expert.rows());
        }
        return new DiscriminatorPairs(l, expert.selectRows(rows));
    }

    /**
     * Runs {@code step} on consecutive minibatches (learner, expert) of {@code batchSize} pairs, the
     * last one possibly smaller.
     *
     * @return the mean over minibatches of every value {@code step} returned
     */
    public double[] train(int batchSize, BiFunction<FloatMatrix, FloatMatrix, float[]> step) {
        double[] sum = null;
        int batches = 0;
        for (int start = 0; start < learner.rows(); start += batchSize) {
            int end = Math.min(learner.rows(), start + batchSize);
            float[] values = step.apply(learner.rowRange(start, end), expert.rowRange(start, end));
            if (sum == null) {
                sum = new double[values.length];
            }
            for (int i = 0; i < values.length; i++) {
                sum[i] += values[i];
            }
            batches++;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= batches;
        }
        return sum;
    }
}
