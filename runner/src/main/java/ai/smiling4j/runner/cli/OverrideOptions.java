package ai.smiling4j.runner.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The repeatable {@code --set slot.key=value} option, for the commands that read an experiment. */
final class OverrideOptions {

    @Option(names = "--set", paramLabel = "SLOT.KEY=VALUE",
            description = "override one value, e.g. --set divergence.name=dac or --set solver.engine=onnxruntime (repeatable)")
    List<String> overrides = new ArrayList<>();
}
