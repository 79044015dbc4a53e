package ai.smiling4j.divergences.iqlearn;

import ai.smiling4j.api.data.AtomicFiles;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.smiling4j.api.CriticObjective;
import ai.smiling4j.api.Divergence;
import ai.smiling4j.api.SoftQ;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.divergences.common.Matrices;
import ai.smiling4j.api.Seeds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * IQ-Learn as a divergence: it trains nothing of its own but hands the solver a
 * {@link CriticObjective} ({@link IqLearnLoss}) that pairs each learner batch of the solver with an
 * expert batch drawn from the demonstrations (uniformly, with replacement, from a stream fixed by
 * the seed and the number of critic updates so far). Its {@link #rewards} are zero: the implied
 * reward Q(s, a) - gamma V(s') needs the critic, and a solver that trains on the installed
 * objective ignores rewards.
 */
final class IqLearnDivergence implements Divergence {
    private static final long EXPERT_BATCH = 1;
    private static final String[] TERMS = {"iq_loss", "expert_term", "value_term", "chi2_term",
            "expert_reward_mean", "learner_reward_mean"};

    private final IqLearnLoss.Form form;
    private final boolean expertOnly;
    private final double alpha;
    private final int expertBatch;
    private final boolean expertActions;
    private final long seed;
    private FloatMatrix states;
    private FloatMatrix actions;
    private FloatMatrix nextStates;
    private FloatMatrix notDone;
    private FloatMatrix initialStates;
    private long criticUpdates;
    private final double[] terms = new double[TERMS.length];

    /**
     * @param expertActions use the expert's actions; otherwise pair expert states with the policy's
     *                      actions (state-only IQ-Learn)
     */
    IqLearnDivergence(IqLearnLoss.Form form, boolean expertOnly, double alpha, int expertBatch, boolean expertActions,
                      long seed) {
        this.form = form;
        this.expertOnly = expertOnly;
        this.alpha = alpha;
        this.expertBatch = expertBatch;
        this.expertActions = expertActions;
        this.seed = seed;
        java.util.Arrays.fill(terms, Double.NaN);
    }

    @Override
    public void fitExpert(Demonstrations demonstrations) {
        states = demonstrations.states();
        actions = expertActions ? demonstrations.actions() : FloatMatrix.zeros(0, 0);
        nextStates = demonstrations.nextStates();
        float[] alive = new float[demonstrations.steps()];
        List<FloatMatrix> firsts = new ArrayList<>();
        int at = 0;
        for (Episode e : demonstrations.episodes()) {
            for (int i = 0; i < e.length(); i++) {
                alive[at++] = e.terminations()[i] ? 0 : 1;
            }
            firsts.add(e.observations().rowRange(0, 1));
        }
        notDone = new FloatMatrix(alive.length, 1, alive);
        initialStates = FloatMatrix.concatRows(firsts);
    }

    @Override
    public Optional<CriticObjective> criticObjective() {
        return Optional.of(this::loss);
    }

    private NDArray loss(SoftQ critic, TransitionBatch learner) {
        NDManager m = critic.manager();
        SplittableRandom random = Seeds.stream(seed, EXPERT_BATCH, criticUpdates++);
        int[] rows = new int[expertBatch];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextInt(states.rows());
        }
        NDArray expertStates = array(m, states.selectRows(rows));
        IqLearnLoss.Transitions expert = new IqLearnLoss.Transitions(expertStates,
                expertActions ? array(m, actions.selectRows(rows)) : critic.policyActions(expertStates),
                array(m, nextStates.selectRows(rows)),
                array(m, notDone.selectRows(rows)).reshape(-1));
        float[] learnerAlive = new float[learner.size()];
        for (int i = 0; i < learnerAlive.length; i++) {
            learnerAlive[i] = learner.terminated()[i] ? 0 : 1;
        }
        IqLearnLoss.Transitions policy = new IqLearnLoss.Transitions(array(m, learner.observations()),
                array(m, learner.actions()), array(m, learner.nextObservations()), m.create(learnerAlive));
        IqLearnLoss.Terms t = IqLearnLoss.loss(critic, expert, policy, form,
                form == IqLearnLoss.Form.V0 ? array(m, initialStates) : null, alpha, expertOnly);
        NDArray[] values = {t.loss(), t.expertTerm(), t.valueTerm(), t.chi2Term(), t.expertRewards().mean(),
                t.learnerRewards().mean()};
        for (int i = 0; i < values.length; i++) {
            terms[i] = values[i].getFloat();
        }
        return t.loss();
    }

    private static NDArray array(NDManager manager, FloatMatrix x) {
        return manager.create(x.data(), new Shape(x.rows(), x.cols()));
    }

    /** Zero for every transition: IQ-Learn trains through its critic objective, not through rewards. */
    @Override
    public float[] rewards(TransitionBatch batch) {
        return new float[batch.size()];
    }

    @Override
    public Map<String, Double> diagnostics() {
        Map<String, Double> d = new LinkedHashMap<>();
        for (int i = 0; i < TERMS.length; i++) {
            d.put(TERMS[i], terms[i]);
        }
        return d;
    }

    @Override
    public void save(Path directory) throws IOException {
        AtomicFiles.write(directory.resolve("iq-learn.bin"), out -> {
            out.writeLong(criticUpdates);
            for (double t : terms) {
                out.writeDouble(t);
            }
            for (FloatMatrix x : List.of(states, actions, nextStates, notDone, initialStates)) {
                Matrices.write(out, x);
            }
        });
    }

    @Override
    public void load(Path directory) throws IOException {
        AtomicFiles.read(directory.resolve("iq-learn.bin"), in -> {
            criticUpdates = in.readLong();
            for (int i = 0; i < terms.length; i++) {
                terms[i] = in.readDouble();
            }
            states = Matrices.read(in);
            actions = Matrices.read(in);
            nextStates = Matrices.read(in);
            notDone = Matrices.read(in);
            initialStates = Matrices.read(in);
        });
    }

    @Override
    public void close() {
    }
}
