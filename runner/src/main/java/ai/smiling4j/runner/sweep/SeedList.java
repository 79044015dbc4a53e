package ai.smiling4j.runner.sweep;

import ai.smiling4j.runner.UserError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds of a sweep, written as a range ({@code 0-4}), a list ({@code 0,3,7}) or both
 * ({@code 0-2,10}).
 *
 * @param seeds the seeds in the order written, each once
 */
public record SeedList(List<Integer> seeds) {
    private static final Pattern ITEM = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");

    /** Copies the list. */
    public SeedList {
        seeds = List.copyOf(seeds);
    }

    /**
     * Reads the {@code --seeds} syntax.
     *
     * @throws UserError naming the text and the two forms it may take
     */
    public static SeedList parse(String text) {
        Set<Integer> seeds = new LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
            Matcher m = ITEM.matcher(item.strip());
            if (!m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
                throw new UserError("--seeds " + text + " is not a list of seeds; write a range like 0-4, a list like 0,3,7,"
                        + " or both like 0-2,10");
            }
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            for (int s = first; s <= last; s++) {
                if (!seeds.add(s)) {
                    throw new UserError("--seeds " + text + " names seed " + s + " twice");
                }
            }
        }
        return new SeedList(new ArrayList<>(seeds));
    }
}
