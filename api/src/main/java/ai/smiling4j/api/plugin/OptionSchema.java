package ai.smiling4j.api.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed options of one plugin: what {@code plugins describe} prints and what the runner
 * validates a configuration slot against.
 *
 * @param options the options, in the order they are documented
 */
public record OptionSchema(List<OptionSpec> options) {

    /** Copies the list and rejects duplicate keys. */
    public OptionSchema {
        options = List.copyOf(options);
        Set<String> seen = new LinkedHashSet<>();
        for (OptionSpec o : options) {
            if (!seen.add(o.key())) {
                throw new IllegalArgumentException("option '" + o.key() + "' is declared twice");
            }
        }
    }

    /** A schema of the given options. */
    public static OptionSchema of(OptionSpec... options) {
        return new OptionSchema(List.of(options));
    }

    /** A schema with no options. */
    public static OptionSchema empty() {
        return new OptionSchema(List.of());
    }

    /** This schema followed by more options (a plugin extending a shared set). */
    public OptionSchema with(OptionSpec... more) {
        List<OptionSpec> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return new OptionSchema(all);
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
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionSpec o : options) {
            if (raw.containsKey(o.key())) {
                values.put(o.key(), o.validate(raw.get(o.key())));
            } else if (o.required()) {
                throw new InvalidOptionException(o.key(), "'" + o.key() + "' must be set; it is " + o.validValues());
            } else {
                values.put(o.key(), o.defaultValue());
            }
        }
        return new Options(values, raw.keySet());
    }
}
