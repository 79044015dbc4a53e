package ai.smiling4j.runner.cli;

import ai.smiling4j.api.bench.Benchmark;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.bench.BenchmarkRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code smiling bench NAME}: a side-by-side benchmark; writes bench/results/NAME.json. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark side by side with its baseline; prints a table and writes bench/results/NAME.json.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "the benchmark (omit to list them)")
    String name;

    @Option(names = "--quick", description = "fewer iterations: a smoke run, not a measurement")
    boolean quick;

    @Option(names = "--threads", defaultValue = "2", description = "CPU threads for both sides (default 2)")
    int threads;

    @Override
    public Integer call() throws Exception {
        TreeMap<String, Benchmark> all = new TreeMap<>();
        for (Benchmark b : ServiceLoader.load(Benchmark.class, Benchmark.class.getClassLoader())) {
            all.put(b.name(), b);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            all.values().forEach(b -> out.printf("%-12s %s%n", b.name(), b.description()));
            return 0;
        }
        Benchmark b = all.get(name);
        if (b == null) {
            throw new UserError("unknown benchmark '" + name + "'; known: " + String.join(", ", List.copyOf(all.keySet())));
        }
        Path home = Path.of(System.getProperty("smiling.home", "."));
        new BenchmarkRun(b, quick, threads, home).run(out, home.resolve("bench").resolve("results"));
        return 0;
    }
}
