package org.coprod.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.coprod.core.words.Words;

/** "Did you mean ...?": the closest known word to a misspelt one, when it is close enough to be a likely typo. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String typed, Collection<String> known) {
        return closest(typed, known, Math.max(2, typed.length() / 3));
    }

    /** The closest known word within {@code allowed} edits (letters added, removed or changed). */
    public static Optional<String> closest(String typed, Collection<String> known, int allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.equals(typed) || Math.abs(candidate.length() - typed.length()) > allowed) {
                continue; // too far apart in length alone; also spares comparing a pasted paragraph letter by letter
            }
            int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " Did you mean 'x'?" (with its leading space, to follow a sentence) or an empty string. */
    public static String didYouMean(Words words, String typed, Collection<String> known) {
        return closest(typed, known).map(s -> words.get("io.did-you-mean", s)).orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
