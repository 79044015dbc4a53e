package ai.smiling4j.divergences.bc;

import ai.smiling4j.api.data.AtomicFiles;
import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.PolicyLikelihood;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.api.Seeds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Behaviour cloning, {@code max_pi (1/N) sum_i log pi(a_i | s_i)} over the expert's pairs, run once
 * in {@link #pretrain}. BC learns nothing from interaction: its reward is zero everywhere, so any
 * interaction the runner performs afterwards only evaluates (and, with an RL solver, perturbs) the
 * cloned policy.
 */
final class BcDivergence implements Divergence {
    private static final long MINIBATCH = 1;

    private final int steps;
    private final int batchSize;
    private final long seed;
    private FloatMatrix states;
    private FloatMatrix actions;
    private boolean pretrained;
    private double initialLogLikelihood = Double.NaN;
    private double finalLogLikelihood = Double.NaN;
    private double lastLoss = Double.NaN;

    /**
     * @param steps     optimizer steps
     * @param batchSize pairs per step, 0 for all of them
     */
    BcDivergence(int steps, int batchSize, long seed) {
        this.steps = steps;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    @Override
    public void fitExpert(Demonstrations demonstrations) {
        if (!demonstrations.hasActions()) {
            throw new IllegalArgumentException("bc clones actions, but the demonstrations hold states only");
        }
        states = demonstrations.states();
        actions = demonstrations.actions();
    }

    /** Runs the maximum-likelihood steps, unless a loaded state says they already ran. */
    @Override
    public Map<String, Double> pretrain(RLSolver solver) {
        if (pretrained) {
            return Map.of();
        }
        PolicyLikelihood policy = solver.capability(PolicyLikelihood.class).orElseThrow(() ->
                new IllegalStateException("bc needs a solver with the PolicyLikelihood capability"));
        initialLogLikelihood = policy.logLikelihood(states, actions);
        boolean full = batchSize == 0 || batchSize >= states.rows();
        for (int step = 0; step < steps; step++) {
            if (full) {
                lastLoss = policy.maximizeLikelihoodStep(states, actions);
            } else {
                int[] rows = minibatch(Seeds.stream(seed, MINIBATCH, step));
                lastLoss = policy.maximizeLikelihoodStep(states.selectRows(rows), actions.selectRows(rows));
            }
        }
        finalLogLikelihood = policy.logLikelihood(states, actions);
        pretrained = true;
        return diagnostics();
    }

    private int[] minibatch(SplittableRandom random) {
        int[] rows = new int[batchSize];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextInt(states.rows());
        }
        return rows;
    }

    /** Zero for every transition: behaviour cloning does not learn from interaction. */
    @Override
    public float[] rewards(TransitionBatch batch) {
        return new float[batch.size()];
    }

    @Override
    public Map<String, Double> diagnostics() {
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("initial_log_likelihood", initialLogLikelihood);
        d.put("log_likelihood", finalLogLikelihood);
        d.put("bc_loss", lastLoss);
        return d;
    }

    @Override
    public void save(Path directory) throws IOException {
        AtomicFiles.write(directory.resolve("bc.bin"), out -> {
            out.writeBoolean(pretrained);
            out.writeDouble(initialLogLikelihood);
            out.writeDouble(finalLogLikelihood);
            out.writeDouble(lastLoss);
        });
    }

    @Override
    public void load(Path directory) throws IOException {
        AtomicFiles.read(directory.resolve("bc.bin"), in -> {
            pretrained = in.readBoolean();
            initialLogLikelihood = in.readDouble();
            finalLogLikelihood = in.readDouble();
            lastLoss = in.readDouble();
        });
    }

    @Override
    public void close() {
    }
}
