package ai.smiling4j.runner.cli;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.Environment;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.api.StepResult;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** {@code smiling env list|info TASK|check TASK}: the tasks, their spaces, and a random-policy smoke run. */
@Command(name = "env", description = "List the tasks, describe one, or check one with a random policy.",
        mixinStandardHelpOptions = true)
final class EnvCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Command(name = "list", description = "Every task with its observation and action sizes.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-22s %5s %5s %7s  %s%n", "task", "obs", "act", "steps", "description");
        for (EnvironmentProvider p : plugins.registry().providers(PluginKind.ENVIRONMENT)) {
            EnvironmentSpec s = p.spec(p.options().resolve(Map.of()));
            out.printf("%-22s %5d %5d %7d  %s%n", p.name(), s.observationDim(), s.actionDim(), s.maxEpisodeSteps(),
                    p.description());
        }
        return 0;
    }

    @Command(name = "info", description = "A task's spaces, time limit and reward range.")
    int info(@Parameters(paramLabel = "TASK") String task) {
        EnvironmentProvider p = plugins.registry().provider(PluginKind.ENVIRONMENT, task);
        EnvironmentSpec s = p.spec(p.options().resolve(Map.of()));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s%n", p.name(), p.description());
        out.printf("observation: %d values, bounds %s%n", s.observationDim(), bounds(s.observationSpace()));
        out.printf("action: %d values, bounds %s%n", s.actionDim(), bounds(s.actionSpace()));
        out.printf("episode: %d steps (then truncated)%n", s.maxEpisodeSteps());
        out.printf(Locale.ROOT, "reward per step: [%s, %s]; episode return: [%s, %s]%n", s.rewardMin(), s.rewardMax(),
                s.rewardMin() * s.maxEpisodeSteps(), s.rewardMax() * s.maxEpisodeSteps());
        return 0;
    }

    @Command(name = "check", description = "Run random-policy episodes: return, time, speed, finite values, reward range.")
    int check(@Parameters(paramLabel = "TASK") String task,
              @Option(names = "--episodes", defaultValue = "1", description = "episodes (default 1)") int episodes,
              @Option(names = "--seed", defaultValue = "0", description = "seed (default 0)") long seed) {
        if (episodes < 1) {
            throw new UserError("--episodes must be at least 1, not " + episodes);
        }
        PluginRegistry registry = plugins.registry();
        EnvironmentProvider p = registry.provider(PluginKind.ENVIRONMENT, task);
        Options options = p.options().resolve(Map.of());
        PrintWriter out = spec.commandLine().getOut();
        SplittableRandom random = new SplittableRandom(seed);
        boolean ok = true;
        try (Environment env = p.create(options, new StandaloneContext(seed, p.spec(options)))) {
            EnvironmentSpec s = env.spec();
            for (int e = 0; e < episodes; e++) {
                long start = System.nanoTime();
                float[] obs = env.reset(seed + e);
                ok &= finite(obs);
                double ret = 0;
                int steps = 0;
                boolean inRange = true;
                StepResult r;
                do {
                    r = env.step(randomAction(s.actionSpace(), random));
                    ret += r.reward();
                    steps++;
                    ok &= finite(r.observation()) && Double.isFinite(r.reward());
                    inRange &= r.reward() >= s.rewardMin() && r.reward() <= s.rewardMax();
                } while (!r.done());
                double seconds = (System.nanoTime() - start) / 1e9;
                ok &= inRange;
                out.printf(Locale.ROOT, "episode %d: return %.2f over %d steps (%s), %.3f s, %.0f steps/s, values %s, rewards %s%n",
                        e, ret, steps, r.terminated() ? "terminated" : "truncated", seconds, steps / seconds,
                        ok ? "finite" : "NOT FINITE", inRange ? "in range" : "OUT OF RANGE");
            }
        }
        out.println(ok ? "check passed" : "check FAILED");
        return ok ? 0 : 1;
    }

    private static float[] randomAction(Box box, SplittableRandom random) {
        float[] a = new float[box.dimension()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextDouble(box.low(i), box.high(i));
        }
        return a;
    }

    private static boolean finite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static String bounds(Box box) {
        boolean unbounded = true;
        for (int i = 0; i < box.dimension(); i++) {
            unbounded &= Float.isInfinite(box.low(i)) && Float.isInfinite(box.high(i));
        }
        return unbounded ? "unbounded" : Arrays.toString(box.low()) + " .. " + Arrays.toString(box.high());
    }
}
