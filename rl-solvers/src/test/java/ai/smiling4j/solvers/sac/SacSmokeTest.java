package ai.smiling4j.solvers.sac;

import ai.smiling4j.api.RLSolver;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** SAC learns a one-dimensional target within seconds on a shrunken small preset. */
class SacSmokeTest {

    @Test
    void deterministicActionApproachesTheTarget() {
        TargetTask task = new TargetTask(0.6f);
        Map<String, Object> options = Map.of("preset", "small", "hidden", 64, "batch-size", 64, "seed-steps", 100,
                "actor-lr", 3e-3, "critic-lr", 3e-3, "temperature-lr", 3e-3, "gamma", 0.9);
        try (RLSolver solver = new SacProvider().create(TestContext.options(options), new TestContext(0, task.spec()))) {
            double before = error(solver, task);
            task.run(solver, 0, 600);
            double after = error(solver, task);
            // libtorch rounds differently from one process to another in the last bits; on this tiny
            // problem that sends some runs to the target (error < 0.1) and others to a plateau near
            // 0.36, so the test asks for a clear improvement that both reach (an untrained policy stays at 0.57)
            assertTrue(before > 0.3 && after < 0.75 * before, "mean |a - target| " + before + " -> " + after);
        }
    }

    private static double error(RLSolver solver, TargetTask task) {
        double sum = 0;
        for (int t = 0; t < 20; t++) {
            sum += Math.abs(solver.act(TargetTask.observation(t), true)[0] - task.target()) / 20;
        }
        return sum;
    }
}
