package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.InvalidOptionException;
import ai.smiling4j.api.plugin.OptionSchema;
import ai.smiling4j.api.plugin.Options;
import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.api.plugin.PluginProvider;
import ai.smiling4j.api.plugin.Suggestions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment file as the user wrote it: one section per slot ({@code run},
 * {@code environment}, {@code demonstrations}, {@code divergence}, {@code score-model},
 * {@code solver}), each a mapping; plugin slots name their plugin with {@code name}. Overrides
 * ({@code --set slot.key=value}) apply on top; {@link #resolve} validates everything against the
 * plugins' schemas and reports the first mistake as one sentence naming the file, key and value.
 */
public final class ExperimentConfig {
    static final String RUN = "run";
    static final String DEMONSTRATIONS = "demonstrations";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final String source;
    private final Map<String, Map<String, Object>> sections;

    private ExperimentConfig(String source, Map<String, Map<String, Object>> sections) {
        this.source = source;
        this.sections = sections;
    }

    /** Reads an experiment file. */
    public static ExperimentConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new UserError("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new UserError("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads an experiment file shipped inside the runner (the demo's). */
    public static ExperimentConfig embedded(String resource) {
        try (InputStream in = ExperimentConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing embedded config " + resource);
            }
            return parse("embedded " + resource, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read embedded config " + resource, e);
        }
    }

    /** Parses YAML text; {@code source} names it in messages. */
    public static ExperimentConfig parse(String source, InputStream yaml) throws IOException {
        Object root;
        try {
            root = YAML.readValue(yaml, Object.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UserError(source + (loc == null ? "" : " line " + loc.getLineNr()) + " is not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null) {
            root = Map.of();
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new UserError(source + " must be a mapping of sections (run, environment, divergence, ...), not a "
                    + describe(root));
        }
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (var e : top.entrySet()) {
            String slot = String.valueOf(e.getKey());
            checkSlotName(source, slot);
            if (e.getValue() == null) {
                sections.put(slot, new LinkedHashMap<>());
            } else if (e.getValue() instanceof Map<?, ?> m) {
                Map<String, Object> values = new LinkedHashMap<>();
                m.forEach((k, v) -> values.put(String.valueOf(k), v));
                sections.put(slot, values);
            } else {
                throw new UserError(source + ": section '" + slot + "' must be a mapping of keys to values, not a "
                        + describe(e.getValue()) + " (" + e.getValue() + ")");
            }
        }
        return new ExperimentConfig(source, sections);
    }

    /**
     * This configuration with {@code slot.key=value} overrides applied in order. Setting a plugin
     * slot's {@code name} to another plugin drops the options the file gave the previous plugin.
     */
    public ExperimentConfig withOverrides(List<String> overrides) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
        for (String o : overrides) {
            int eq = o.indexOf('=');
            int dot = o.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq || dot == 0 || dot == eq - 1) {
                throw new UserError("--set " + o + " is not of the form slot.key=value (e.g. --set divergence.name=dac)");
            }
            String slot = o.substring(0, dot);
            String key = o.substring(dot + 1, eq);
            String value = o.substring(eq + 1);
            checkSlotName("--set " + o, slot);
            Map<String, Object> section = copy.computeIfAbsent(slot, s -> new LinkedHashMap<>());
            if (isPluginSlot(slot) && key.equals("name") && !value.equals(section.get("name"))) {
                section.clear();
            }
            section.put(key, value);
        }
        return new ExperimentConfig(overrides.isEmpty() ? source : source + " with --set overrides", copy);
    }

    /** Validates every section against its schema. */
    public ResolvedConfig resolve(PluginRegistry registry) {
        Options run = resolveSection(RUN, RunSettings.RUN, section(RUN));
        Options demos = resolveSection(DEMONSTRATIONS, RunSettings.DEMONSTRATIONS, section(DEMONSTRATIONS));
        Map<PluginKind<?>, PluginChoice> plugins = new LinkedHashMap<>();
        for (PluginKind<?> kind : PluginKind.all()) {
            Map<String, Object> raw = sections.get(kind.slot());
            if (raw == null) {
                continue;
            }
            Object name = raw.get("name");
            if (name == null || name.toString().isBlank()) {
                throw new UserError(source + ": section '" + kind.slot() + "' must name its plugin with 'name'; known: "
                        + String.join(", ", registry.providers(kind).stream().map(PluginProvider::name).toList()));
            }
            PluginProvider provider;
            try {
                provider = registry.provider(kind, name.toString());
            } catch (UserError e) {
                throw new UserError(source + ": " + kind.slot() + ".name: " + e.getMessage());
            }
            Map<String, Object> options = new LinkedHashMap<>(raw);
            options.remove("name");
            plugins.put(kind, new PluginChoice(provider.name(),
                    resolveSection(kind.slot() + " '" + provider.name() + "'", provider.options(), options)));
        }
        return new ResolvedConfig(source, run, demos, plugins);
    }

    /** Writes a resolved configuration as YAML that {@link #load} reads back to the same values. */
    public static String toYaml(ResolvedConfig config) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(RUN, config.run().values());
        for (PluginKind<?> kind : PluginKind.all()) {
            PluginChoice choice = config.plugins().get(kind);
            if (choice != null) {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("name", choice.name());
                section.putAll(choice.options().values());
                out.put(kind.slot(), section);
            }
        }
        out.put(DEMONSTRATIONS, config.demonstrations().values());
        try {
            return YAML.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the resolved config", e);
        }
    }

    private Map<String, Object> section(String slot) {
        return sections.getOrDefault(slot, Map.of());
    }

    private Options resolveSection(String where, OptionSchema schema, Map<String, Object> raw) {
        try {
            return schema.resolve(raw);
        } catch (InvalidOptionException e) {
            throw new UserError(source + ": in " + where + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPluginSlot(String slot) {
        return !slot.equals(RUN) && !slot.equals(DEMONSTRATIONS);
    }

    private static void checkSlotName(String where, String slot) {
        List<String> known = new ArrayList<>(List.of(RUN, DEMONSTRATIONS));
        PluginKind.all().forEach(k -> known.add(k.slot()));
        if (!known.contains(slot)) {
            String hint = Suggestions.closest(slot, known);
            throw new UserError(where + ": '" + slot + "' is not a section"
                    + (hint == null ? "" : "; did you mean '" + hint + "'?") + "; valid sections: " + String.join(", ", known));
        }
    }

    private static String describe(Object value) {
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof String) {
            return "text";
        }
        return value instanceof Number ? "number" : value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
