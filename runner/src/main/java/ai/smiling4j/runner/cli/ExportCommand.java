package ai.smiling4j.runner.cli;

import ai.smiling4j.api.policy.PolicyNetwork;
import ai.smiling4j.runner.export.PolicyExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code smiling export --format onnx|savedmodel RUN}: the run's deterministic policy for deployment. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a run's deterministic policy (observation -> mean action) as an ONNX model or a TensorFlow SavedModel.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "onnx or savedmodel")
    String format;

    @Parameters(paramLabel = "RUN", description = "a run folder (runs/NAME)")
    Path run;

    @Option(names = "--out", paramLabel = "PATH",
            description = "where to write (default RUN/export/policy.onnx or RUN/export/savedmodel)")
    Path out;

    @Option(names = "--overwrite", description = "replace an existing export")
    boolean overwrite;

    @Override
    public Integer call() {
        PolicyExport.Format f = PolicyExport.Format.fromWord(format);
        Path target = out != null ? out : PolicyExport.defaultTarget(run, f);
        PolicyNetwork policy = PolicyExport.export(run, f, target, overwrite, plugins.registry());
        spec.commandLine().getOut().println(PolicyExport.summary(f, target, policy));
        return 0;
    }
}
