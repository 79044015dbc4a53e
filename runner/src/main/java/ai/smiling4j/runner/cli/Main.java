package ai.smiling4j.runner.cli;

import ai.djl.engine.EngineException;
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

    /** What provides DJL's PyTorch engine, for the message when it is missing. */
    static final String PYTORCH = "the Maven artifacts ai.djl.pytorch:pytorch-engine:0.36.0 and "
            + "ai.djl.pytorch:pytorch-native-cpu:2.7.1 (classifier linux-x86_64, on the class path)";

    /**
     * Runs the command line and exits with its code. DJL's default engine is PyTorch: without it,
     * DJL would fall back to ONNX Runtime, which cannot train.
     */
    public static void main(String[] args) {
        if (System.getProperty("ai.djl.default_engine") == null) {
            System.setProperty("ai.djl.default_engine", "PyTorch");
        }
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
            EngineUnavailableException missing = missingEngine(e);
            if (missing != null) {
                LOG.debug("engine unavailable", e);
                commandLine.getErr().println("error: " + missing.getMessage());
                return 1;
            }
            throw e;
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // a class initializer that failed to load an engine's natives (picocli passes Errors through)
            EngineUnavailableException missing = missingEngine(e);
            if (missing == null) {
                throw e;
            }
            LOG.debug("engine unavailable", e);
            err.println("error: " + missing.getMessage());
            return 1;
        } finally {
            // print() does not flush an auto-flushing writer; exit must not drop the last output
            out.flush();
            err.flush();
        }
    }

    /**
     * The engine that {@code e} says is absent or failed to load: a plugin's
     * {@link EngineUnavailableException} anywhere in the causes (also inside a class initializer's
     * error), or DJL's {@link EngineException} for the default engine, PyTorch; null for any other failure.
     */
    static EngineUnavailableException missingEngine(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EngineUnavailableException missing) {
                return missing;
            }
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EngineException
                    || c instanceof IllegalArgumentException && String.valueOf(c.getMessage()).contains("engine not found")) {
                return new EngineUnavailableException("PyTorch", PYTORCH, c);
            }
        }
        return null;
    }
}
