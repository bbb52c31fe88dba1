package org.coprod.text;

import java.util.ArrayList;
import java.util.List;

/** Wrapping text to a width, for the terminal screens of the interview and the text reports alike. */
public final class TextWrap {
    private TextWrap() {}

    /**
     * Greedy word wrap, measured in terminal columns ({@link DisplayWidth}); a word longer than the width is cut, after a
     * hyphen, slash, underscore or full stop where there is one (so ids and file paths break where a reader expects). A
     * line that already fits is kept as it is.
     */
    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (DisplayWidth.of(paragraph) <= width) {
                lines.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            int lineWidth = 0;
            for (String word : paragraph.split(" +")) {
                while (DisplayWidth.of(word) > width) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    int cut = cutPoint(word, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                int wordWidth = DisplayWidth.of(word);
                if (line.length() > 0 && lineWidth + 1 + wordWidth > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (!word.isEmpty()) {
                    lineWidth += (line.length() > 0 ? 1 : 0) + wordWidth;
                    line.append(line.length() > 0 ? " " : "").append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where to cut a word too wide for a line: after a break character near the end of what fits, or where it stops fitting. */
    private static int cutPoint(String word, int width) {
        int fits = DisplayWidth.fitting(word, width);
        for (int i = fits; i > fits / 3; i--) {
            if ("-/_.\\".indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return fits;
    }

    /** The text wrapped, as one string with line breaks. */
    public static String text(String text, int width) {
        return String.join("\n", lines(text, width));
    }

    /** "12. " then the text, with following lines indented under the text. */
    public static String hanging(String marker, String text, int width) {
        List<String> lines = lines(text, Math.max(10, width - DisplayWidth.of(marker)));
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
