package ai.smiling4j.environments.mujoco.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's {@code mujoco-testspeed} (package libmujoco-samples), MuJoCo's own C benchmark, on one thread. */
final class Testspeed {
    static final String COMMAND = "mujoco-testspeed";
    private static final Pattern RATE = Pattern.compile("Steps per second\\s*:\\s*([0-9.]+)");

    private Testspeed() {
    }

    /** Steps per second that testspeed reports for {@code steps} steps with control noise {@code noise}. */
    static double stepsPerSecond(Path model, int steps, double noise) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(COMMAND, model.toString(), Integer.toString(steps), "1",
                Double.toString(noise)).redirectErrorStream(true);
        String output;
        try {
            Process process = builder.start();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException(COMMAND + " exited with " + code + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(COMMAND + " could not run; install libmujoco-samples", e);
        }
        Matcher m = RATE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException(COMMAND + " printed no steps per second: " + output);
        }
        return Double.parseDouble(m.group(1));
    }
}
