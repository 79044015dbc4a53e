package ai.smiling4j.api.plugin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionSchemaTest {
    private final OptionSchema schema = OptionSchema.of(
            OptionSpec.integer("reward-samples", 500, 1, 100_000, "K"),
            OptionSpec.real("lr", 0.005, 0, 1, "learning rate"),
            OptionSpec.bool("normalize", true, "normalize rewards"),
            OptionSpec.choice("activation", "leaky-relu", List.of("leaky-relu", "relu", "linear"), "non-linearity"),
            OptionSpec.integers("hidden", List.of(256L), 1, 65536, "widths"),
            OptionSpec.text("path", null, "required file"));

    @Test
    void fillsDefaultsAndRemembersWhatWasSet() {
        Options o = schema.resolve(Map.of("path", "demos.hdf5", "lr", 0.01));
        assertEquals(500, o.getInt("reward-samples"));
        assertEquals(0.01, o.getDouble("lr"));
        assertTrue(o.getBoolean("normalize"));
        assertEquals("leaky-relu", o.getString("activation"));
        assertEquals(256, o.getInts("hidden")[0]);
        assertTrue(o.isSet("lr"));
        assertFalse(o.isSet("reward-samples"));
    }

    @Test
    void coercesCommandLineStrings() {
        Options o = schema.resolve(Map.of("path", "x", "reward-samples", "3e3", "lr", "1e-4",
                "normalize", "FALSE", "hidden", "1024, 1024"));
        assertEquals(3000, o.getLong("reward-samples"));
        assertEquals(1e-4, o.getDouble("lr"));
        assertFalse(o.getBoolean("normalize"));
        assertEquals(2, o.getInts("hidden").length);
    }

    @Test
    void misspelledKeySuggestsTheRightOne() {
        var e = assertThrows(InvalidOptionException.class,
                () -> schema.resolve(Map.of("path", "x", "reward-samplez", 10)));
        assertEquals("reward-samplez", e.key());
        assertTrue(e.getMessage().contains("did you mean 'reward-samples'?"), e.getMessage());
    }

    @Test
    void wrongTypeAndRangeNameKeyValueAndValidRange() {
        var type = assertThrows(InvalidOptionException.class,
                () -> schema.resolve(Map.of("path", "x", "reward-samples", "many")));
        assertEquals("'reward-samples' is 'many', but it must be an integer", type.getMessage());
        var range = assertThrows(InvalidOptionException.class,
                () -> schema.resolve(Map.of("path", "x", "reward-samples", 0)));
        assertEquals("'reward-samples' is 0, but it must be from 1 to 100000", range.getMessage());
        var fraction = assertThrows(InvalidOptionException.class,
                () -> schema.resolve(Map.of("path", "x", "reward-samples", 2.5)));
        assertTrue(fraction.getMessage().contains("must be an integer"));
        var choice = assertThrows(InvalidOptionException.class,
                () -> schema.resolve(Map.of("path", "x", "activation", "gelu")));
        assertEquals("'activation' is 'gelu', but it must be one of leaky-relu, relu, linear", choice.getMessage());
        var bool = assertThrows(InvalidOptionException.class,
                () -> schema.resolve(Map.of("path", "x", "normalize", "yes please")));
        assertTrue(bool.getMessage().endsWith("must be true or false"));
    }

    @Test
    void requiredOptionMustBeSet() {
        var e = assertThrows(InvalidOptionException.class, () -> schema.resolve(Map.of()));
        assertEquals("'path' must be set; it is a text", e.getMessage());
    }

    @Test
    void invalidDefaultIsAProgrammingError() {
        assertThrows(InvalidOptionException.class, () -> OptionSpec.integer("k", 0, 1, 10, "bad default"));
        assertThrows(IllegalArgumentException.class,
                () -> OptionSchema.of(OptionSpec.bool("a", true, ""), OptionSpec.bool("a", false, "")));
    }

    @Test
    void presetsFillWhatTheConfigurationLeavesOpen() {
        OptionSchema s = OptionSchema.of(
                OptionSpec.choice("preset", "paper", List.of("paper", "small"), "size"),
                OptionSpec.integer("hidden", 1024, 1, 65536, "width"),
                OptionSpec.integer("batch", 1024, 1, 65536, "batch"))
                .withPresets("preset", Map.of("paper", Map.of(), "small", Map.of("hidden", 256, "batch", 256)));
        assertEquals(1024, s.resolve(Map.of()).getInt("hidden"));
        Options small = s.resolve(Map.of("preset", "small", "batch", 64));
        assertEquals(256, small.getInt("hidden"));
        assertEquals(64, small.getInt("batch"));
        // a resolved configuration read back gives the same values
        assertEquals(small.values(), s.resolve(small.values()).values());
        assertThrows(IllegalArgumentException.class, () -> OptionSchema.of(OptionSpec.choice("preset", "a", List.of("a"), ""))
                .withPresets("preset", Map.of("a", Map.of("missing", 1))));
    }

    @Test
    void suggestionsOnlyForNearWords() {
        assertEquals("smiling", Suggestions.closest("smilling", List.of("smiling", "dac", "bc")));
        assertEquals(null, Suggestions.closest("cheetah", List.of("smiling", "dac", "bc")));
        assertEquals(3, Suggestions.editDistance("kitten", "sitting"));
    }
}
