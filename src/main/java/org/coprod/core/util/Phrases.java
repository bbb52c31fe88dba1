package org.coprod.core.util;

import java.util.List;

/** How lists are said in a sentence; the one place that knows it, so that other languages can say it their way. */
public final class Phrases {
    private Phrases() {}

    /** "a", "a and b", "a, b and c" (or with "or"). */
    public static String list(List<String> parts, String conjunction) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " " + parts.get(parts.size() - 1);
    }
}
