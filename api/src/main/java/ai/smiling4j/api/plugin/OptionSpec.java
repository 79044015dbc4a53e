package ai.smiling4j.api.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * One typed option of a plugin, with its default, its valid range and a one-line description.
 * Build them with the static factories.
 *
 * @param key          the option's name in the configuration (kebab-case)
 * @param type         its value type
 * @param defaultValue the value used when the configuration does not set it (already of the
 *                     type's Java class: Long, Double, Boolean, String, List of Long); null means
 *                     the option is required
 * @param min          smallest valid number (numbers only; null for none)
 * @param max          largest valid number (numbers only; null for none)
 * @param choices      the valid words (CHOICE only)
 * @param description  one line for {@code plugins describe}
 */
public record OptionSpec(String key, OptionType type, Object defaultValue, Double min, Double max,
                         List<String> choices, String description) {

    /** Copies the choices and checks that the default is itself valid. */
    public OptionSpec {
        choices = List.copyOf(choices);
        if (defaultValue != null) {
            Object checked = validateValue(key, type, defaultValue, min, max, choices);
            if (!checked.equals(defaultValue)) {
                defaultValue = checked;
            }
        }
    }

    /** An integer option in {@code [min, max]}. */
    public static OptionSpec integer(String key, long defaultValue, long min, long max, String description) {
        return new OptionSpec(key, OptionType.INTEGER, defaultValue, (double) min, (double) max, List.of(), description);
    }

    /** A real option in {@code [min, max]}. */
    public static OptionSpec real(String key, double defaultValue, double min, double max, String description) {
        return new OptionSpec(key, OptionType.REAL, defaultValue, min, max, List.of(), description);
    }

    /** A boolean option. */
    public static OptionSpec bool(String key, boolean defaultValue, String description) {
        return new OptionSpec(key, OptionType.BOOLEAN, defaultValue, null, null, List.of(), description);
    }

    /** A text option; a null default makes it required. */
    public static OptionSpec text(String key, String defaultValue, String description) {
        return new OptionSpec(key, OptionType.STRING, defaultValue, null, null, List.of(), description);
    }

    /** A choice among fixed words; the default must be one of them. */
    public static OptionSpec choice(String key, String defaultValue, List<String> choices, String description) {
        return new OptionSpec(key, OptionType.CHOICE, defaultValue, null, null, choices, description);
    }

    /** A list of integers, each in {@code [min, max]}. */
    public static OptionSpec integers(String key, List<Long> defaultValue, long min, long max, String description) {
        return new OptionSpec(key, OptionType.INTEGER_LIST, defaultValue, (double) min, (double) max, List.of(), description);
    }

    /** True if the configuration must set this option. */
    public boolean required() {
        return defaultValue == null;
    }

    /**
     * Converts a raw configuration value (from YAML or from a {@code --set} string) to this
     * option's type and checks its range.
     *
     * @throws InvalidOptionException naming the key, the value and what is valid
     */
    public Object validate(Object raw) {
        return validateValue(key, type, raw, min, max, choices);
    }

    /** What a valid value looks like, for messages and {@code plugins describe}. */
    public String validValues() {
        return switch (type) {
            case CHOICE -> "one of " + String.join(", ", choices);
            case INTEGER, REAL, INTEGER_LIST -> type.description() + range(min, max);
            default -> type.description();
        };
    }

    private static String range(Double min, Double max) {
        if (min == null && max == null) {
            return "";
        }
        return " from " + format(min) + " to " + format(max);
    }

    private static String format(Double v) {
        if (v == null) {
            return "any";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : Double.toString(v);
    }

    private static Object validateValue(String key, OptionType type, Object raw, Double min, Double max,
                                        List<String> choices) {
        if (raw == null) {
            throw new InvalidOptionException(key, "'" + key + "' has no value; it must be " + type.description());
        }
        String shown = raw instanceof String s ? "'" + s + "'" : String.valueOf(raw);
        return switch (type) {
            case INTEGER -> checkRange(key, shown, toLong(key, raw, shown), min, max);
            case REAL -> checkRange(key, shown, toDouble(key, raw, shown), min, max);
            case BOOLEAN -> toBoolean(key, raw, shown);
            case STRING -> {
                if (raw instanceof java.util.Map || raw instanceof List) {
                    throw new InvalidOptionException(key, "'" + key + "' is " + shown + ", but it must be a text");
                }
                yield raw.toString();
            }
            case CHOICE -> {
                String s = raw.toString();
                if (!choices.contains(s)) {
                    throw new InvalidOptionException(key, "'" + key + "' is " + shown + ", but it must be one of "
                            + String.join(", ", choices));
                }
                yield s;
            }
            case INTEGER_LIST -> {
                List<?> items = raw instanceof List<?> l ? l : List.of(raw.toString().split(","));
                List<Long> out = new ArrayList<>();
                for (Object item : items) {
                    Object v = item instanceof String s ? s.trim() : item;
                    out.add((Long) checkRange(key, shown, toLong(key, v, shown), min, max));
                }
                if (out.isEmpty()) {
                    throw new InvalidOptionException(key, "'" + key + "' is empty, but it must be a list of integers");
                }
                yield List.copyOf(out);
            }
        };
    }

    private static long toLong(String key, Object raw, String shown) {
        try {
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
                return ((Number) raw).longValue();
            }
            double d = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().trim().replace("_", ""));
            if (d == Math.rint(d) && Math.abs(d) < 9e15) {
                return (long) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException(key, "'" + key + "' is " + shown + ", but it must be an integer");
    }

    private static double toDouble(String key, Object raw, String shown) {
        try {
            double d = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException(key, "'" + key + "' is " + shown + ", but it must be a number");
    }

    private static boolean toBoolean(String key, Object raw, String shown) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String s = raw.toString().trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new InvalidOptionException(key, "'" + key + "' is " + shown + ", but it must be true or false");
    }

    private static Object checkRange(String key, String shown, double value, Double min, Double max) {
        if ((min != null && value < min) || (max != null && value > max)) {
            throw new InvalidOptionException(key, "'" + key + "' is " + shown + ", but it must be from "
                    + format(min) + " to " + format(max));
        }
        return value;
    }

    private static Object checkRange(String key, String shown, long value, Double min, Double max) {
        checkRange(key, shown, (double) value, min, max);
        return value;
    }
}
