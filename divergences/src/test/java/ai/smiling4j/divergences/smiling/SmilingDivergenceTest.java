package ai.smiling4j.divergences.smiling;

import ai.smiling4j.api.NoiseSchedule;
import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.api.data.Episode;
import ai.smiling4j.api.data.FloatMatrix;
import ai.smiling4j.api.data.Transition;
import ai.smiling4j.api.data.TransitionBatch;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.divergences.common.GaussianScoreModel;
import ai.smiling4j.divergences.common.RewardStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmilingDivergenceTest {
    private static final NoiseSchedule SCHEDULE = NoiseSchedule.linear(1000, 1e-4, 0.02);

    private static SmilingSettings settings(String resample, boolean normalize) {
        Options o = new SmilingProvider().options().resolve(Map.of("reward-samples", 200, "t-stride", 5, "antithetic", true,
                "resample", resample, "normalize", normalize, "update-every", 100, "learner-samples", 64,
                "batch-size", 32, "expert-epochs", 3));
        return SmilingSettings.from(o);
    }

    private static SmilingDivergence divergence(String resample, boolean normalize, double expertMean, double learnerMean) {
        return new SmilingDivergence(settings(resample, normalize), new GaussianScoreModel(SCHEDULE, expertMean, expertMean),
                new GaussianScoreModel(SCHEDULE, learnerMean, learnerMean), 7);
    }

    private static TransitionBatch batch(long[] ids, float[]... states) {
        FloatMatrix s = FloatMatrix.ofRows(states);
        return new TransitionBatch(ids, s, FloatMatrix.zeros(states.length, 1), new float[states.length], s,
                new boolean[states.length]);
    }

    @Test
    void rewardMatchesTheClosedFormAndFavoursExpertStates() {
        SmilingDivergence d = divergence("per-state", false, 0, 2);
        float[] expertLike = {0, 0};
        float[] learnerLike = {2, 2};
        float[] r = d.rewards(batch(new long[] {1, 2}, expertLike, learnerLike));
        // closed form: mean over the t grid of abar (1 - abar) (|x - m_L|^2 - |x - m_E|^2) / d; grid t = 0, 5, ..., 995
        int[] grid = new int[200];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 5 * i;
        }
        GaussianScoreModel e = new GaussianScoreModel(SCHEDULE, 0, 0);
        GaussianScoreModel l = new GaussianScoreModel(SCHEDULE, 2, 2);
        double want0 = l.expectedError(expertLike, grid) - e.expectedError(expertLike, grid);
        double want1 = l.expectedError(learnerLike, grid) - e.expectedError(learnerLike, grid);
        assertTrue(want0 > 0.3 && want1 < -0.3, want0 + " " + want1);
        // K = 200 stratified antithetic pairs: the noise terms cancel in pairs, leaving only the
        // spread over t; the estimate's relative error is a few percent
        assertEquals(want0, r[0], 0.1 * Math.abs(want0));
        assertEquals(want1, r[1], 0.1 * Math.abs(want1));
    }

    @Test
    void perUpdateModeCachesByIdUntilTheLearnerIsRefit() {
        SmilingDivergence d = divergence("per-update", false, 0, 2);
        TransitionBatch b = batch(new long[] {10, 11}, new float[] {0.5f, 0}, new float[] {1, 1});
        float[] first = d.rewards(b);
        float[] second = d.rewards(b);
        assertArrayEquals(first, second);
        assertEquals(0.5, d.diagnostics().get("cache_hit_rate"), 1e-12);
        // one shared sample set: two states at the same place get the same reward whatever their ids
        assertEquals(first[0], d.rewards(batch(new long[] {99}, new float[] {0.5f, 0}))[0]);
        for (int i = 0; i < 100; i++) {
            d.observe(new Transition(new float[] {0, 0}, new float[1], 0, new float[] {0, 0}, false, false));
        }
        d.update();
        float[] refit = d.rewards(b);
        assertFalse(first[0] == refit[0], "the learner moved to the expert's mean, so the reward must change");
    }

    @Test
    void learnerRefitOnExpertLikeStatesRemovesTheReward() {
        SmilingDivergence d = divergence("per-batch", false, 0, 2);
        for (int i = 0; i < 200; i++) {
            d.observe(new Transition(new float[] {0, 0}, new float[1], 0, new float[] {0, 0}, false, false));
        }
        for (int u = 0; u < 3; u++) {
            d.update();
        }
        // learner mean 2 -> 0 after 2 * 3 half-steps: 2 / 64 ~ 0.03; the reward at the expert's mean nearly vanishes
        float r = d.rewards(batch(new long[] {1}, new float[] {0, 0}))[0];
        assertEquals(0, r, 0.01);
    }

    @Test
    void normalizedRewardsHaveTheTargetSpread() {
        SmilingDivergence d = divergence("per-batch", true, 0, 2);
        SplittableRandom random = new SplittableRandom(3);
        float[][] states = new float[64][];
        long[] ids = new long[64];
        for (int i = 0; i < 64; i++) {
            states[i] = new float[] {(float) random.nextDouble(-1, 3), (float) random.nextDouble(-1, 3)};
            ids[i] = i;
        }
        float[] r = d.rewards(batch(ids, states));
        assertEquals(0, RewardStatistics.mean(r), 1e-6);
        assertEquals(0.1, RewardStatistics.std(r), 1e-5);
    }

    @Test
    void expertModelIsFitOnDemonstrations() {
        GaussianScoreModel expert = new GaussianScoreModel(SCHEDULE, 5, 5);
        SmilingDivergence d = new SmilingDivergence(settings("per-batch", false), expert, new GaussianScoreModel(SCHEDULE, 5, 5), 1);
        float[][] obs = new float[101][];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = new float[] {1, -1};
        }
        d.fitExpert(new Demonstrations(List.of(new Episode(FloatMatrix.ofRows(obs), null, new float[100],
                new boolean[100], new boolean[100])), Map.of()));
        // 3 epochs of 4 batches (100 states, batch 32): 12 half-steps from 5 towards 1
        assertEquals(1, expert.mean()[0], 4 * Math.pow(0.5, 12) + 1e-9);
        assertEquals(-1, expert.mean()[1], 6 * Math.pow(0.5, 12) + 1e-9);
    }

    @Test
    void savedStateRestoresTheSameRewards(@TempDir Path dir) throws Exception {
        SmilingDivergence d = divergence("per-update", false, 0, 2);
        for (int i = 0; i < 50; i++) {
            d.observe(new Transition(new float[] {i / 50f, 0}, new float[1], 0, new float[2], false, false));
        }
        d.update();
        d.save(dir);
        SmilingDivergence back = divergence("per-update", false, 9, 9);
        back.load(dir);
        TransitionBatch b = batch(new long[] {1, 2}, new float[] {0.2f, 0.1f}, new float[] {1.5f, 2});
        assertArrayEquals(d.rewards(b), back.rewards(b));
        back.update();
        d.update();
        assertArrayEquals(d.rewards(b), back.rewards(b));
    }

    @Test
    void stateActionInputNeedsActions() {
        SmilingProvider p = new SmilingProvider();
        assertTrue(p.requirements(p.options().resolve(Map.of("input", "state-action"))).actions());
        assertFalse(p.requirements(p.options().resolve(Map.of())).actions());
        // the reference's grid: t = 0, 10, ..., 4990 for T = 5000
        assertEquals(500, SmilingSettings.from(p.options().resolve(Map.of())).sampler(5000).gridSize());
    }
}
