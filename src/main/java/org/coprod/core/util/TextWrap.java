package org.coprod.core.util;

import java.util.ArrayList;
import java.util.List;

/** Wrapping text to a width, for the terminal screens of the interview and the text reports alike. */
public final class TextWrap {
    private TextWrap() {}

    /**
     * Greedy word wrap; a word longer than the width is cut, after a hyphen, slash, underscore or full stop where there
     * is one (so ids and file paths break where a reader expects). A line that already fits is kept as it is.
     */
    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.length() <= width) {
                lines.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                while (word.length() > width) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    int cut = cutPoint(word, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!word.isEmpty()) {
                    line.append(line.length() > 0 ? " " : "").append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int cutPoint(String word, int width) {
        for (int i = width; i > width / 3; i--) {
            if ("-/_.\\".indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return width;
    }

    /** The text wrapped, as one string with line breaks. */
    public static String text(String text, int width) {
        return String.join("\n", lines(text, width));
    }

    /** "12. " then the text, with following lines indented under the text. */
    public static String hanging(String marker, String text, int width) {
        List<String> lines = lines(text, Math.max(10, width - marker.length()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? marker : " ".repeat(marker.length())).append(lines.get(i));
            if (i + 1 < lines.size()) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
