package ai.smiling4j.runner.report;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;

/**
 * One metric over several seeds: the mean and the standard deviation (dividing by the number of
 * seeds) at every step that all the runs have.
 *
 * @param steps the steps all runs share, increasing
 * @param mean  the mean at each step
 * @param std   the standard deviation at each step
 * @param seeds how many runs
 */
record SeedAggregate(long[] steps, double[] mean, double[] std, int seeds) {

    /** Aggregates runs' series (step to value). */
    static SeedAggregate of(List<? extends NavigableMap<Long, Double>> runs) {
        TreeSet<Long> common = new TreeSet<>(runs.get(0).keySet());
        runs.forEach(r -> common.retainAll(r.keySet()));
        long[] steps = common.stream().mapToLong(Long::longValue).toArray();
        double[] mean = new double[steps.length];
        double[] std = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            long step = steps[i];
            double[] values = runs.stream().mapToDouble(r -> r.get(step)).toArray();
            mean[i] = mean(values);
            std[i] = std(values);
        }
        return new SeedAggregate(steps, mean, std, runs.size());
    }

    /** The aggregate as a plot's curve with its band, labelled with the number of seeds. */
    LinePlot.Series series(String label) {
        double[] x = new double[steps.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = steps[i];
        }
        return new LinePlot.Series(label + " (" + (seeds == 1 ? "1 seed" : seeds + " seeds") + ")", x, mean, std);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double std(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / values.length);
    }
}
