package ai.smiling4j.runner.cli;

import ai.smiling4j.api.data.Demonstrations;
import ai.smiling4j.runner.UserError;
import ai.smiling4j.runner.data.DemonstrationFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code smiling convert IN OUT}: demonstrations from NPZ, CSV or HDF5 into Minari-layout HDF5. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert demonstrations (Minari HDF5, D4RL-style NPZ, CSV) into Minari-layout HDF5.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "demonstrations to read (.hdf5/.h5, .npz, .csv)")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "file to write (.hdf5)")
    Path out;

    @Option(names = "--overwrite", description = "replace an existing OUT")
    boolean overwrite;

    @Override
    public Integer call() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".hdf5") && !name.endsWith(".h5")) {
            throw new UserError("convert writes Minari-layout HDF5: " + out + " should end in .hdf5 or .h5");
        }
        Demonstrations demos = DemonstrationFiles.read(in);
        DemonstrationFiles.write(out, demos, overwrite);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d episodes (%d steps, observations of %d, %s) to %s%n",
                demos.episodes().size(), demos.steps(), demos.observationDim(),
                demos.hasActions() ? "actions of " + demos.actionDim() : "no actions", out);
        return 0;
    }
}
