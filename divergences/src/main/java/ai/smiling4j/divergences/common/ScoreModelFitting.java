package ai.smiling4j.divergences.common;

import ai.smiling4j.api.ScoreModel;
import ai.smiling4j.api.data.FloatMatrix;

import java.util.SplittableRandom;

/** Fitting a score model by epochs of shuffled minibatches, as the reference trains its DDPM models. */
public final class ScoreModelFitting {
    private ScoreModelFitting() {
    }

    /**
     * Runs {@code epochs} passes over {@code data} in shuffled minibatches of {@code batchSize}
     * (the last one of a pass may be smaller).
     *
     * @return the mean loss of the last pass
     */
    public static double fit(ScoreModel model, FloatMatrix data, int epochs, int batchSize, SplittableRandom random) {
        int n = data.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double lastPass = Double.NaN;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double sum = 0;
            int batches = 0;
            for (int start = 0; start < n; start += batchSize) {
                int end = Math.min(n, start + batchSize);
                int[] rows = java.util.Arrays.copyOfRange(order, start, end);
                sum += model.trainStep(data.selectRows(rows));
                batches++;
            }
            lastPass = sum / batches;
        }
        return lastPass;
    }
}
