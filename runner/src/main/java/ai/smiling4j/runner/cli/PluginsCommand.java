package ai.smiling4j.runner.cli;

import ai.smiling4j.api.Requirements;
import ai.smiling4j.api.plugin.DivergenceProvider;
import ai.smiling4j.api.plugin.EnvironmentProvider;
import ai.smiling4j.api.plugin.OptionSpec;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.api.plugin.PluginProvider;
import ai.smiling4j.api.plugin.SolverProvider;
import ai.smiling4j.runner.PluginRegistry;
import ai.smiling4j.runner.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code smiling plugins list|describe NAME}: what is installed and how to configure it. */
@Command(name = "plugins", description = "List the installed plugins or describe one.",
        mixinStandardHelpOptions = true)
final class PluginsCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Command(name = "list", description = "Every plugin of every kind, with a one-line description.")
    int list() {
        PluginRegistry registry = plugins.registry();
        PrintWriter out = spec.commandLine().getOut();
        for (PluginKind<?> kind : PluginKind.all()) {
            List<? extends PluginProvider> providers = registry.providers(kind);
            out.printf("%s (%s slot, %d):%n", plural(kind.label()), kind.slot(), providers.size());
            for (PluginProvider p : providers) {
                out.printf("  %-22s %s%n", p.name(), p.description());
            }
        }
        return 0;
    }

    @Command(name = "describe", description = "A plugin's options, defaults, valid values and requirements.")
    int describe(@Parameters(paramLabel = "NAME", description = "the plugin's name") String name) {
        PluginRegistry registry = plugins.registry();
        var matches = registry.named(name);
        if (matches.isEmpty()) {
            String hint = ai.smiling4j.api.plugin.Suggestions.closest(name, registry.allNames());
            throw new UserError("no plugin is named '" + name + "'"
                    + (hint == null ? "" : "; did you mean '" + hint + "'?")
                    + "; 'smiling plugins list' shows them all");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<PluginKind<?>, PluginProvider> match : matches) {
            describe(out, match.getKey(), match.getValue());
        }
        return 0;
    }

    private static void describe(PrintWriter out, PluginKind<?> kind, PluginProvider p) {
        out.printf("%s (%s, slot '%s')%n  %s%n", p.name(), kind.label(), kind.slot(), p.description());
        List<OptionSpec> options = p.options().options();
        out.println(options.isEmpty() ? "options: none" : "options:");
        for (OptionSpec o : options) {
            out.printf("  %-20s %s (default: %s; %s)%n", o.key(), o.description(),
                    o.required() ? "required" : o.defaultValue(), o.validValues());
        }
        Options defaults = p.options().resolve(defaultsOnly(p));
        if (p instanceof DivergenceProvider d) {
            Requirements r = d.requirements(defaults);
            out.printf("requirements (with default options): actions in demonstrations: %s; interaction: %s;"
                    + " solver capabilities: %s%n", yesNo(r.actions()), yesNo(r.interaction()), names(r.solverCapabilities()));
        } else if (p instanceof SolverProvider s) {
            out.printf("capabilities (with default options): %s%n", names(s.capabilities(defaults)));
        } else if (p instanceof EnvironmentProvider e) {
            var specs = e.spec(defaults);
            out.printf("observation size %d, action size %d, %d steps per episode, reward per step in [%s, %s]%n",
                    specs.observationDim(), specs.actionDim(), specs.maxEpisodeSteps(), specs.rewardMin(), specs.rewardMax());
        }
    }

    private static Map<String, Object> defaultsOnly(PluginProvider p) {
        return p.options().options().stream().filter(OptionSpec::required)
                .collect(Collectors.toMap(OptionSpec::key, o -> "<required>"));
    }

    private static String names(java.util.Set<Class<?>> classes) {
        return classes.isEmpty() ? "none" : classes.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String plural(String label) {
        String cap = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return cap.endsWith("y") ? cap.substring(0, cap.length() - 1) + "ies" : cap + "s";
    }
}
