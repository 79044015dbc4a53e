package ai.smiling4j.runner.cli;

import ai.smiling4j.api.EngineUnavailableException;
import ai.smiling4j.api.plugin.InvalidOptionException;
import ai.smiling4j.runner.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of the {@code smiling} command. Exit codes: 0 done, 1 failure, 2 a user mistake. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SmilingCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError || e instanceof InvalidOptionException) {
                LOG.debug("user error", e);
                commandLine.getErr().println("error: " + e.getMessage());
                return 2;
            }
            if (e instanceof EngineUnavailableException) {
                LOG.debug("engine unavailable", e);
                commandLine.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
