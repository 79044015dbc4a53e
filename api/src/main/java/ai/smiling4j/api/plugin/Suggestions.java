package ai.smiling4j.api.plugin;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean" hints for misspelled names and keys. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The known word nearest to {@code word} by edit distance, if it is near enough to be a typo
     * (at most 2 edits, or a third of the word's length); null otherwise.
     */
    public static String closest(String word, Collection<String> known) {
        return known.stream()
                .filter(k -> editDistance(word, k) <= Math.max(2, k.length() / 3))
                .min(Comparator.comparingInt((String k) -> editDistance(word, k)).thenComparing(k -> k))
                .orElse(null);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions needed to turn a into b. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
