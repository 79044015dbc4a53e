package ai.smiling4j.runner.sweep;

import ai.smiling4j.runner.UserError;

import ai.smiling4j.runner.train.RunFolder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Runs a sweep's tasks on this machine, each in a JVM of its own started through the launcher
 * (the smiling script), at most {@code parallel} at once. A task runs with {@code --continue},
 * so running a sweep again skips its finished runs and resumes its interrupted ones. Each task's
 * output goes to its run folder's log.txt; a line reports each task as it ends, with the end of
 * its log (stack frames left out) when it failed.
 */
public final class LocalSweep {
    private static final int LOG_TAIL = 12;
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at .*|\\.\\.\\. \\d+ more)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private final Sweep sweep;
    private final List<String> launcher;
    private final List<String> options;
    private final int parallel;

    /**
     * @param launcher the command that starts the application (the smiling script)
     * @param options  extra options for every task's command (e.g. --plugins DIR)
     * @param parallel how many tasks may run at once, at least 1
     */
    public LocalSweep(Sweep sweep, List<String> launcher, List<String> options, int parallel) {
        this.sweep = sweep;
        this.launcher = List.copyOf(launcher);
        this.options = List.copyOf(options);
        this.parallel = parallel;
    }

    private record Outcome(SweepTask task, int code, double seconds) {
        boolean finished() {
            return code == 0 && RunFolder.isFinished(task.runFolder());
        }
    }

    /** Set for the runs of a sweep: the smiling script does not rebuild for them. */
    static final String NO_BUILD = "SMILING_NO_BUILD";

    /**
     * The checkout that holds the smiling script, which starts every task.
     *
     * @throws UserError if this launch does not name it (system property smiling.home)
     */
    public static Path smilingHome() {
        String home = System.getProperty("smiling.home");
        if (home == null || !Files.isExecutable(Path.of(home, "smiling"))) {
            throw new UserError("a sweep starts its tasks with the smiling script, which this launch does not name;"
                    + " start it with ./smiling ...");
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    /** The command that starts a task: the checkout's smiling script. */
    public static List<String> smilingScript() {
        return List.of(smilingHome().resolve("smiling").toString());
    }

    /** Runs every task; returns true if every run finished. */
    public boolean run(PrintWriter out) throws InterruptedException {
        List<SweepTask> tasks = sweep.tasks();
        out.printf(Locale.ROOT, "sweep %s: %d tasks, at most %d at once; runs in %s%n", sweep.name(), tasks.size(),
                parallel, sweep.folder());
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CompletionService<Outcome> ends = new ExecutorCompletionService<>(pool);
            tasks.forEach(t -> ends.submit(() -> launch(t)));
            int finished = 0;
            for (int n = 1; n <= tasks.size(); n++) {
                Outcome o = result(ends);
                finished += o.finished() ? 1 : 0;
                String status = o.code() != 0 ? "FAILED (exit " + o.code() + ")" : o.finished() ? "finished" : "stopped";
                out.printf(Locale.ROOT, "[%d/%d] %-8s %s in %.1f s; %d finished, %d not, %d to go%n", n, tasks.size(),
                        status, o.task().runFolder().getFileName(), o.seconds(), finished, n - finished, tasks.size() - n);
                if (o.code() != 0) {
                    Path log = o.task().runFolder().resolve(RunFolder.LOG);
                    out.println("  last lines of " + log + ":");
                    tail(log).forEach(line -> out.println("  | " + line));
                }
                out.flush();
            }
            out.printf(Locale.ROOT, "sweep %s: %d of %d runs finished%s%n", sweep.name(), finished, tasks.size(),
                    finished == tasks.size() ? "" : "; run the same sweep again to continue the others");
            return finished == tasks.size();
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome launch(SweepTask task) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(task.command(), task.file().toString(), "--continue"));
        command.addAll(options);
        Files.createDirectories(task.runFolder());
        Path log = task.runFolder().resolve(RunFolder.LOG);
        Files.writeString(log, "== " + LocalDateTime.now().format(TIME) + ": " + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()));
        builder.environment().put(RunFolder.CONSOLE_IS_LOG, "1");
        // every run of the sweep on the build the sweep started with, even if the sources change meanwhile
        builder.environment().put(NO_BUILD, "1");
        Process p = builder.start();
        p.getOutputStream().close();
        try {
            return new Outcome(task, p.waitFor(), (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            p.destroy();
            throw e;
        }
    }

    private static Outcome result(CompletionService<Outcome> ends) throws InterruptedException {
        try {
            return ends.take().get();
        } catch (ExecutionException e) {
            throw new UncheckedIOException("cannot start a task", e.getCause() instanceof IOException io ? io
                    : new IOException(e.getCause()));
        }
    }

    private static List<String> tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !STACK_FRAME.matcher(line).matches()).toList();
            return lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read it: " + e.getMessage() + ")");
        }
    }
}
