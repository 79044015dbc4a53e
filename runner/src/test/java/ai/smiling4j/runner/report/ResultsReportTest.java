package ai.smiling4j.runner.report;

import ai.smiling4j.runner.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic run folders, aggregated over seeds and checked against means and stds computed by hand. */
class ResultsReportTest {
    private static final double EPS = 1e-9;

    /** A run folder: config.yaml, results.json and eval/return (with other metrics around it) at the given steps. */
    static void run(Path folder, String environment, String divergence, long[] steps, double[] returns) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("config.yaml"), "run: {name: " + folder.getFileName() + "}\nenvironment: {name: "
                + environment + "}\n" + (divergence == null ? "" : "divergence: {name: " + divergence + "}\n") + "solver: {name: sac}\n");
        StringBuilder csv = new StringBuilder("step,metric,value\n");
        for (int i = 0; i < steps.length; i++) {
            csv.append(steps[i]).append(",eval/return,").append(returns[i]).append('\n')
                    .append(steps[i]).append(",eval/return_std,0.5\n")
                    .append(steps[i]).append(",train/loss,7\n");
        }
        Files.writeString(folder.resolve("metrics.csv"), csv);
        Files.writeString(folder.resolve("results.json"), divergence == null ? "{}" : "{\"demonstration_return\": 20.0}");
    }

    @Test
    void meansAndStdsOverSeedsAtTheStepsAllRunsHave(@TempDir Path dir) throws IOException {
        Path sweep = dir.resolve("sweep");
        run(sweep.resolve("pm-smiling-s0"), "pm", "smiling", new long[] {0, 100, 200}, new double[] {0, 1, 5});
        run(sweep.resolve("pm-smiling-s1"), "pm", "smiling", new long[] {0, 100, 200}, new double[] {0, 2, 6});
        run(sweep.resolve("pm-smiling-s2"), "pm", "smiling", new long[] {0, 100, 200, 300}, new double[] {3, 4, 7, 10});
        run(sweep.resolve("pm-expert-s0"), "pm", null, new long[] {0, 100}, new double[] {1, 3});
        run(sweep.resolve("pm-expert-s1"), "pm", null, new long[] {0, 100}, new double[] {1, 5});
        run(dir.resolve("single/pendulum"), "pendulum", "dac", new long[] {0, 50}, new double[] {-5, -2});
        Files.createDirectories(sweep.resolve("unfinished"));
        Files.writeString(sweep.resolve("unfinished/metrics.csv"), "step,metric,value\n0,eval/return,1000\n");

        ResultsReport report = ResultsReport.collect(List.of(sweep, dir.resolve("single")), "eval/return");

        SeedAggregate smiling = report.curves("pm").get("smiling");
        assertArrayEquals(new long[] {0, 100, 200}, smiling.steps(), "step 300 is in one run only");
        assertEquals(3, smiling.seeds());
        // step 0: 0, 0, 3 -> mean 1, std sqrt((1 + 1 + 4) / 3)
        // step 100: 1, 2, 4 -> mean 7/3, std sqrt((16/9 + 1/9 + 25/9) / 3) = sqrt(14/9)
        // step 200: 5, 6, 7 -> mean 6, std sqrt(2/3)
        assertArrayEquals(new double[] {1, 7.0 / 3, 6}, smiling.mean(), EPS);
        assertArrayEquals(new double[] {Math.sqrt(2), Math.sqrt(14.0 / 9), Math.sqrt(2.0 / 3)}, smiling.std(), EPS);
        SeedAggregate expert = report.curves("pm").get("expert (sac)");
        assertArrayEquals(new double[] {1, 4}, expert.mean(), EPS);
        assertArrayEquals(new double[] {0, 1}, expert.std(), EPS);

        List<ResultsReport.Row> rows = report.rows();
        assertEquals(List.of("pendulum/dac", "pm/expert (sac)", "pm/smiling"),
                rows.stream().map(r -> r.environment() + "/" + r.method()).toList());
        // final values are each run's last: 5, 6, 10 -> mean 7, std sqrt((4 + 1 + 9) / 3)
        ResultsReport.Row last = rows.get(2);
        assertEquals(3, last.seeds());
        assertEquals(7, last.finalMean(), EPS);
        assertEquals(Math.sqrt(14.0 / 3), last.finalStd(), EPS);
        assertEquals(-2, rows.get(0).finalMean(), EPS);
        assertEquals(0, rows.get(0).finalStd(), EPS);

        Path out = dir.resolve("report");
        List<Path> files = report.write(out);
        assertEquals(List.of(out.resolve("pendulum.png"), out.resolve("pm.png"), out.resolve("results.md"),
                out.resolve("results.csv")), files);
        assertTrue(Files.size(out.resolve("pm.png")) > 1000);
        assertEquals(List.of("environment,method,seeds,final_mean,final_std",
                "pendulum,dac,1,-2.000000,0.000000",
                "pm,expert (sac),2,4.000000,1.000000",
                "pm,smiling,3,7.000000,2.160247"), Files.readAllLines(out.resolve("results.csv")));
        assertTrue(Files.readString(out.resolve("results.md")).contains("| pm | smiling | 3 | 7.0 ± 2.2 |"));
    }

    @Test
    void foldersWithoutRunsAreOneSentence(@TempDir Path dir) throws IOException {
        assertEquals("no finished runs (folders with results.json) in " + dir,
                assertThrows(UserError.class, () -> ResultsReport.collect(List.of(dir), "eval/return")).getMessage());
        run(dir.resolve("r"), "pm", null, new long[] {0}, new double[] {1});
        assertEquals("run folder " + dir.resolve("r") + " has no eval/success values in its metrics.csv",
                assertThrows(UserError.class, () -> ResultsReport.collect(List.of(dir), "eval/success")).getMessage());
    }
}
