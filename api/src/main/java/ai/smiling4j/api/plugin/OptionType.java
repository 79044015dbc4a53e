package ai.smiling4j.api.plugin;

/** The value types a plugin option can take. */
public enum OptionType {
    /** A whole number (a long); YAML's 3e6 is accepted when it is whole. */
    INTEGER("an integer"),
    /** A real number. */
    REAL("a number"),
    /** true or false. */
    BOOLEAN("true or false"),
    /** Free text. */
    STRING("a text"),
    /** One of a fixed list of words. */
    CHOICE("one of a list of words"),
    /** A list of whole numbers, in YAML [256, 256] or on the command line 256,256. */
    INTEGER_LIST("a list of integers");

    private final String description;

    OptionType(String description) {
        this.description = description;
    }

    /** How the type reads in an error message ("an integer"). */
    public String description() {
        return description;
    }
}
