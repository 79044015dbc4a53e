package ai.smiling4j.runner.train;

import ai.smiling4j.api.Environment;
import ai.smiling4j.api.RLSolver;
import ai.smiling4j.api.StepResult;

/**
 * The return of a policy on the task reward over deterministic episodes (the policy's mean
 * action), each started from a fixed seed so that every evaluation of a run sees the same starts.
 *
 * @param mean     mean episode return
 * @param std      standard deviation of the episode returns (population)
 * @param episodes number of episodes
 */
public record Evaluation(double mean, double std, int episodes) {

    /** Runs {@code episodes} deterministic episodes of {@code solver} in {@code env}. */
    public static Evaluation run(RLSolver solver, Environment env, int episodes, long runSeed) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < episodes; i++) {
            double ret = episodeReturn(solver, env, Seeds.derive(runSeed, Seeds.EVAL, i));
            sum += ret;
            sumSq += ret * ret;
        }
        double mean = sum / episodes;
        return new Evaluation(mean, Math.sqrt(Math.max(0, sumSq / episodes - mean * mean)), episodes);
    }

    private static double episodeReturn(RLSolver solver, Environment env, long seed) {
        return episodeReturn(solver, env, seed, () -> { });
    }

    /**
     * The return of one deterministic episode from {@code seed}; {@code onState} runs after the
     * reset and after every step, while the environment shows that state.
     */
    static double episodeReturn(RLSolver solver, Environment env, long seed, Runnable onState) {
        float[] obs = env.reset(seed);
        solver.startEpisode(true);
        onState.run();
        double ret = 0;
        while (true) {
            StepResult r = env.step(solver.act(obs, true));
            onState.run();
            ret += r.reward();
            if (r.done()) {
                return ret;
            }
            obs = r.observation();
        }
    }
}
