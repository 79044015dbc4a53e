package ai.smiling4j.api.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plugin's validated options: every key of its {@link OptionSchema}, typed, defaults filled in.
 *
 * @param values   key to value (Long, Double, Boolean, String or List of Long)
 * @param explicit the keys the configuration set itself (the rest are defaults), so that a preset
 *                 can fill in only what the user left open
 */
public record Options(Map<String, Object> values, Set<String> explicit) {

    /** Copies both. */
    public Options {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        explicit = Set.copyOf(explicit);
    }

    /** An integer option, as an int. */
    public int getInt(String key) {
        return Math.toIntExact(getLong(key));
    }

    /** An integer option. */
    public long getLong(String key) {
        return (Long) get(key);
    }

    /** A real option. */
    public double getDouble(String key) {
        return (Double) get(key);
    }

    /** A boolean option. */
    public boolean getBoolean(String key) {
        return (Boolean) get(key);
    }

    /** A text or choice option. */
    public String getString(String key) {
        return (String) get(key);
    }

    /** An integer-list option, as an int array. */
    public int[] getInts(String key) {
        @SuppressWarnings("unchecked")
        List<Long> list = (List<Long>) get(key);
        return list.stream().mapToInt(Math::toIntExact).toArray();
    }

    /** True if the configuration set this key (rather than leaving the default). */
    public boolean isSet(String key) {
        return explicit.contains(key);
    }

    private Object get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no option '" + key + "'; known: " + values.keySet());
        }
        return values.get(key);
    }
}
