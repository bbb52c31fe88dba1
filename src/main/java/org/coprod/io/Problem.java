package org.coprod.io;

import java.util.Locale;
import org.coprod.core.words.Words;

/** One thing wrong with an input file, with where it is (line and column count from 1; 0 when not known). */
public record Problem(String file, int line, int column, String message) {

    private static final int LONGEST_QUOTE = 60;

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /**
     * A value from a file as a message shows it: on one line, and cut short when long, so that a mistake such as a
     * whole paragraph pasted as an answer gives a readable message rather than the paragraph.
     */
    public static String shown(String value, Words words) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= LONGEST_QUOTE) {
            return oneLine;
        }
        int end = Character.isHighSurrogate(oneLine.charAt(LONGEST_QUOTE - 1)) ? LONGEST_QUOTE - 2 : LONGEST_QUOTE - 1;
        return words.count(
                "io.value.cut-short",
                value.length(),
                oneLine.substring(0, end),
                String.format(Locale.ROOT, "%,d", value.length()));
    }

    /** {@link #shown(String, Words)} in quotes. */
    public static String quote(String value, Words words) {
        return words.get("io.value.quoted", shown(value, words));
    }

    /** {@link #quote(String, Words)} in English. */
    public static String quote(String value) {
        // language: English for the callers in survey until they pass the run's Words
        return quote(value, Words.english());
    }

    /** "file:12:5: message", the form editors and terminals turn into links. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
