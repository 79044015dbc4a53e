package ai.smiling4j.runner.reproduce;

import ai.smiling4j.runner.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a reproduction runs, read from a folder of ready experiment files with one sub-folder per
 * task: the task's {@code expert.yaml}, and one file per method ({@code smiling.yaml},
 * {@code dac-sa.yaml}, ...; the {@code -sa} ones learn from states and actions). Each method run
 * gets a label, its file's name, under which reports show it; ablations are further labelled
 * variants of one task's {@code smiling.yaml}.
 *
 * @param configs the folder of task folders
 * @param tasks   per task, its expert file and its labelled method runs
 */
public record Plan(Path configs, Map<String, TaskPlan> tasks) {
    /** The methods of the paper's comparison, in the order its tables list them. */
    public static final List<String> PAPER_METHODS = List.of("smiling", "dac", "iq-learn", "diffail", "bc");
    private static final String EXPERT = "expert.yaml";
    private static final String SA_SUFFIX = "-sa";

    /**
     * One labelled run of a task: a method's file and the overrides that make the variant.
     *
     * @param label     the method's name in reports
     * @param config    the experiment file
     * @param overrides {@code slot.key=value} changes of the variant
     */
    public record MethodRun(String label, Path config, List<String> overrides) {
    }

    /**
     * One task of the plan.
     *
     * @param expert  the expert's experiment file
     * @param methods the imitation runs, in table order
     */
    public record TaskPlan(Path expert, List<MethodRun> methods) {
    }

    /** Which of a method's variants to run. */
    public enum Variants {
        /** States only (files without -sa; bc, which needs actions, stays). */
        STATE,
        /** State-action (the -sa files, and bc). */
        STATE_ACTION,
        /** Both. */
        BOTH;

        /** Parses state, state-action or both. */
        public static Variants parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "state" -> STATE;
                case "state-action" -> STATE_ACTION;
                case "both" -> BOTH;
                default -> throw new UserError("--variants must be state, state-action or both, not '" + text + "'");
            };
        }

        boolean admits(String label, String method) {
            boolean stateAction = label.endsWith(SA_SUFFIX);
            return method.equals("bc") || this == BOTH || (this == STATE_ACTION) == stateAction;
        }
    }

    /**
     * Reads the plan for {@code tasks} from {@code configs}.
     *
     * @param methods       the methods to run (their files' names without -sa)
     * @param ablationTask  the task that also runs the ablations (1 and 25 demonstrations, a linear
     *                      score model), or null for none
     * @throws UserError naming the folder or file that is missing, and what is there
     */
    public static Plan read(Path configs, List<String> tasks, Set<String> methods, Variants variants, String ablationTask) {
        if (!Files.isDirectory(configs)) {
            throw new UserError("the configs folder " + configs + " does not exist");
        }
        if (ablationTask != null && !tasks.contains(ablationTask)) {
            throw new UserError("the ablation task '" + ablationTask + "' is not one of the tasks " + String.join(", ", tasks));
        }
        Map<String, TaskPlan> plans = new LinkedHashMap<>();
        for (String task : tasks) {
            Path folder = configs.resolve(task);
            if (!Files.isRegularFile(folder.resolve(EXPERT))) {
                throw new UserError(configs + " has no " + task + "/" + EXPERT + "; its tasks are: "
                        + String.join(", ", available(configs)));
            }
            List<MethodRun> runs = new ArrayList<>();
            for (String label : labels(folder)) {
                String method = label.endsWith(SA_SUFFIX) ? label.substring(0, label.length() - SA_SUFFIX.length()) : label;
                if (methods.contains(method) && variants.admits(label, method)) {
                    runs.add(new MethodRun(label, folder.resolve(label + ".yaml"), List.of()));
                }
            }
            if (task.equals(ablationTask)) {
                runs.addAll(ablations(folder));
            }
            if (runs.isEmpty()) {
                throw new UserError(folder + " has no experiment file for the methods " + String.join(", ", methods));
            }
            plans.put(task, new TaskPlan(folder.resolve(EXPERT), runs));
        }
        return new Plan(configs, plans);
    }

    /** The paper's ablations on SMILING: demonstrations 1 and 25 (5 is the comparison's), and a linear score model. */
    private static List<MethodRun> ablations(Path folder) {
        Path smiling = folder.resolve("smiling.yaml");
        if (!Files.isRegularFile(smiling)) {
            throw new UserError("the ablations vary " + smiling + ", which does not exist");
        }
        return List.of(
                new MethodRun("smiling-1-demo", smiling, List.of("demonstrations.episodes=1")),
                new MethodRun("smiling-25-demos", smiling, List.of("demonstrations.episodes=25")),
                new MethodRun("smiling-linear", smiling, List.of("score-model.activation=linear")));
    }

    /** The most demonstration episodes any run of the plan uses. */
    public int demonstrationEpisodesNeeded() {
        boolean ablations = tasks.values().stream().flatMap(t -> t.methods().stream()).anyMatch(r -> !r.overrides().isEmpty());
        return ablations ? 25 : 5;
    }

    /** Every label, in the order of the paper's tables: states only, then state-action, then the ablations. */
    public List<String> labelOrder() {
        List<String> order = new ArrayList<>(PAPER_METHODS);
        PAPER_METHODS.forEach(m -> order.add(m + SA_SUFFIX));
        order.addAll(List.of("smiling-1-demo", "smiling-25-demos", "smiling-linear"));
        return order;
    }

    private static List<String> labels(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .filter(n -> !n.endsWith("expert")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static List<String> available(Path configs) {
        try (Stream<Path> dirs = Files.list(configs)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(EXPERT))).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + configs, e);
        }
    }
}
