package ai.smiling4j.api.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed options of one plugin: what {@code plugins describe} prints and what the runner
 * validates a configuration slot against. A schema may declare presets: a choice option whose
 * every value names a set of other options' values, filled in wherever the configuration leaves
 * them open, so that a resolved configuration states every value the plugin will use.
 *
 * @param options   the options, in the order they are documented
 * @param presetKey the choice option that selects a preset, or null
 * @param presets   preset name to the values it gives other options
 */
public record OptionSchema(List<OptionSpec> options, String presetKey, Map<String, Map<String, Object>> presets) {

    /** Copies everything, rejects duplicate keys and checks that every preset value is valid. */
    public OptionSchema {
        options = List.copyOf(options);
        presets = Map.copyOf(presets);
        Map<String, OptionSpec> byKey = new LinkedHashMap<>();
        for (OptionSpec o : options) {
            if (byKey.put(o.key(), o) != null) {
                throw new IllegalArgumentException("option '" + o.key() + "' is declared twice");
            }
        }
        if (presetKey != null) {
            OptionSpec selector = byKey.get(presetKey);
            if (selector == null || !Set.copyOf(selector.choices()).equals(presets.keySet())) {
                throw new IllegalArgumentException("preset option '" + presetKey + "' must be a choice among " + presets.keySet());
            }
            presets.forEach((name, values) -> values.forEach((k, v) -> {
                if (!byKey.containsKey(k) || k.equals(presetKey)) {
                    throw new IllegalArgumentException("preset '" + name + "' sets unknown option '" + k + "'");
                }
                byKey.get(k).validate(v);
            }));
        }
    }

    /** A schema of the given options, without presets. */
    public static OptionSchema of(OptionSpec... options) {
        return new OptionSchema(List.of(options), null, Map.of());
    }

    /**
     * This schema with presets: the choice option {@code key} selects one of {@code presets}, whose
     * values replace the defaults of the options it names (explicitly set options still win).
     */
    public OptionSchema withPresets(String key, Map<String, Map<String, Object>> presets) {
        return new OptionSchema(options, key, presets);
    }

    /** The values a preset gives, or an empty map. */
    public Map<String, Object> preset(String name) {
        return presets.getOrDefault(name, Map.of());
    }

    /** A schema with no options. */
    public static OptionSchema empty() {
        return of();
    }

    /** This schema followed by more options (a plugin extending a shared set). */
    public OptionSchema with(OptionSpec... more) {
        List<OptionSpec> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return new OptionSchema(all, presetKey, presets);
    }

    /** The keys, in order. */
    public List<String> keys() {
        return options.stream().map(OptionSpec::key).toList();
    }

    /**
     * Validates raw configuration values and fills in defaults.
     *
     * @param raw the values the user set (keys not in the schema are errors)
     * @return the complete, typed options
     * @throws InvalidOptionException on the first unknown key, wrong type, out-of-range value or missing required option
     */
    public Options resolve(Map<String, ?> raw) {
        Map<String, OptionSpec> byKey = new LinkedHashMap<>();
        options.forEach(o -> byKey.put(o.key(), o));
        for (String key : raw.keySet()) {
            if (!byKey.containsKey(key)) {
                String hint = Suggestions.closest(key, byKey.keySet());
                throw new InvalidOptionException(key, "'" + key + "' is not an option here"
                        + (hint == null ? "" : "; did you mean '" + hint + "'?")
                        + (byKey.isEmpty() ? "; this plugin has no options" : "; valid keys: " + String.join(", ", byKey.keySet())));
            }
        }
        Map<String, Object> chosenPreset = Map.of();
        if (presetKey != null) {
            Object selected = raw.containsKey(presetKey) ? byKey.get(presetKey).validate(raw.get(presetKey))
                    : byKey.get(presetKey).defaultValue();
            chosenPreset = preset((String) selected);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionSpec o : options) {
            if (raw.containsKey(o.key())) {
                values.put(o.key(), o.validate(raw.get(o.key())));
            } else if (chosenPreset.containsKey(o.key())) {
                values.put(o.key(), o.validate(chosenPreset.get(o.key())));
            } else if (o.required()) {
                throw new InvalidOptionException(o.key(), "'" + o.key() + "' must be set; it is " + o.validValues());
            } else {
                values.put(o.key(), o.defaultValue());
            }
        }
        return new Options(values, raw.keySet());
    }
}
