package ai.smiling4j.runner.sweep;

import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.runner.ExperimentConfig;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.ResolvedConfig;
import ai.smiling4j.runner.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Configs times seeds as tasks in a sweep folder, OUTPUT/NAME: every task's fully resolved
 * config in tasks/task-INDEX.yaml (run.name NAME-sSEED, run.seed SEED, absolute paths), so that a
 * cluster node needs nothing else, and tasks.tsv listing index, command, config, seed and run
 * folder. The runs themselves go to OUTPUT/NAME/RUN-sSEED.
 *
 * @param name   the sweep's name
 * @param folder the sweep folder
 * @param tasks  the tasks, by index
 */
public record Sweep(String name, Path folder, List<SweepTask> tasks) {
    static final String INDEX = "tasks.tsv";
    private static final String HEADER = "index\tcommand\tconfig\tseed\trun_folder";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._+-]+");

    /** Copies the list. */
    public Sweep {
        tasks = List.copyOf(tasks);
    }

    /**
     * Resolves every config with the overrides, checks them all, then writes the sweep folder.
     *
     * @param name the sweep's name; null for the config files' names joined by '+'
     * @throws UserError for the first mistake in a config, the overrides or the name
     */
    public static Sweep create(List<Path> configs, List<String> overrides, SeedList seeds, String name,
                               PluginRegistry registry) {
        String sweepName = name == null ? defaultName(configs) : checkName(name);
        List<ExperimentConfig> bases = new ArrayList<>();
        Map<String, Path> runNames = new HashMap<>();
        Path output = null;
        for (Path config : configs) {
            ExperimentConfig base = ExperimentConfig.load(config).withOverrides(overrides);
            ResolvedConfig resolved = base.resolve(registry);
            Path out = Path.of(resolved.run().getString("output")).toAbsolutePath().normalize();
            if (output != null && !output.equals(out)) {
                throw new UserError("the configs put their runs in different folders (" + output + " and " + out
                        + "); give them one run.output, e.g. with --set run.output=DIR");
            }
            output = out;
            Path twin = runNames.putIfAbsent(resolved.run().getString("name"), config);
            if (twin != null) {
                throw new UserError(twin + " and " + config + " both name their runs '" + resolved.run().getString("name")
                        + "'; give them different run.name values");
            }
            bases.add(base);
        }
        Path folder = output.resolve(sweepName);
        List<SweepTask> tasks = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            ResolvedConfig resolved = bases.get(c).resolve(registry);
            String command = resolved.plugins().containsKey(PluginKind.DIVERGENCE) ? "imitate" : "train-expert";
            String demonstrations = resolved.demonstrations().getString("path");
            for (int seed : seeds.seeds()) {
                String runName = resolved.run().getString("name") + "-s" + seed;
                List<String> pinned = new ArrayList<>(List.of("run.name=" + runName, "run.seed=" + seed, "run.output=" + folder));
                if (!demonstrations.isBlank()) {
                    pinned.add("demonstrations.path=" + Path.of(demonstrations).toAbsolutePath().normalize());
                }
                texts.add(ExperimentConfig.toYaml(bases.get(c).withOverrides(pinned).resolve(registry)));
                int index = tasks.size();
                tasks.add(new SweepTask(index, command, configs.get(c).toAbsolutePath().normalize(), seed,
                        folder.resolve(runName), taskFile(folder, index)));
            }
        }
        Sweep sweep = new Sweep(sweepName, folder, tasks);
        sweep.write(texts);
        return sweep;
    }

    /**
     * Reads a sweep folder that {@link #create} wrote.
     *
     * @throws UserError if the folder holds no tasks.tsv
     */
    public static Sweep open(Path folder) {
        Path index = folder.resolve(INDEX);
        if (!Files.exists(index)) {
            throw new UserError(folder + " is not a sweep folder (it has no " + INDEX + ")");
        }
        try {
            List<SweepTask> tasks = new ArrayList<>();
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.equals(HEADER)) {
                    continue;
                }
                String[] f = line.split("\t");
                int i = Integer.parseInt(f[0]);
                tasks.add(new SweepTask(i, f[1], Path.of(f[2]), Integer.parseInt(f[3]), Path.of(f[4]), taskFile(folder, i)));
            }
            return new Sweep(folder.getFileName().toString(), folder, tasks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
    }

    private void write(List<String> texts) {
        try {
            Files.createDirectories(folder.resolve("tasks"));
            for (SweepTask t : tasks) {
                Files.writeString(t.file(), texts.get(t.index()), StandardCharsets.UTF_8);
            }
            String index = tasks.stream()
                    .map(t -> t.index() + "\t" + t.command() + "\t" + t.config() + "\t" + t.seed() + "\t" + t.runFolder())
                    .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
            Files.writeString(folder.resolve(INDEX), index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep folder " + folder, e);
        }
    }

    private static Path taskFile(Path folder, int index) {
        return folder.resolve("tasks").resolve("task-" + index + ".yaml");
    }

    private static String defaultName(List<Path> configs) {
        return configs.stream().map(c -> c.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                .collect(Collectors.joining("+"));
    }

    private static String checkName(String name) {
        if (!NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new UserError("--name " + name + " may hold only letters, digits, '.', '_', '+' and '-'");
        }
        return name;
    }
}
