package ai.smiling4j.runner.cli;

import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.train.Evaluation;
import ai.smiling4j.runner.train.TrainedPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code smiling evaluate RUN}: the mean and spread of a saved policy's return. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run a saved policy for deterministic episodes and print its mean and standard deviation of return; --video films the first one.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Mixin
    OverrideOptions set;

    @Parameters(paramLabel = "RUN", description = "a run folder (runs/NAME)")
    Path run;

    @Option(names = "--episodes", defaultValue = "10", description = "episodes (default 10)")
    int episodes;

    @Option(names = "--video", paramLabel = "FILE.gif",
            description = "also film the first episode into an animated GIF (MuJoCo tasks need EGL)")
    Path video;

    @Option(names = "--video-size", paramLabel = "WxH", defaultValue = "320x240",
            description = "frame size of the video in pixels (default 320x240)")
    String videoSize;

    @Option(names = "--overwrite", description = "replace an existing video file")
    boolean overwrite;

    @Override
    public Integer call() {
        if (episodes < 1) {
            throw new UserError("--episodes must be at least 1, not " + episodes);
        }
        int[] size = video == null ? null : frameSize(videoSize);
        if (video != null && !video.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")) {
            throw new UserError("--video writes an animated GIF: give a file name ending in .gif, not '" + video + "'");
        }
        try (TrainedPolicy policy = TrainedPolicy.open(run, plugins.registry(), set.overrides)) {
            Evaluation e = policy.evaluate(episodes);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: return %.1f +- %.1f over %d episodes%n", run, e.mean(), e.std(), e.episodes());
            if (video != null) {
                double filmed = policy.film(video, size[0], size[1], overwrite);
                spec.commandLine().getOut().printf(Locale.ROOT, "video of the first episode (return %.1f): %s%n", filmed, video);
            }
        }
        return 0;
    }

    /** Width and height from "WxH", each 16..4096. */
    static int[] frameSize(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 16 && h >= 16 && w <= 4096 && h <= 4096) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // the sentence below says what is valid
        }
        throw new UserError("--video-size must be WIDTHxHEIGHT in pixels, each 16 to 4096 (e.g. 320x240), not '" + text + "'");
    }
}
