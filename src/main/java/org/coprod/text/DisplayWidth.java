package org.coprod.text;

import org.jline.utils.WCWidth;

/**
 * How many terminal columns a text takes: a Chinese, Japanese or Korean character and most emoji take two, a combining
 * accent none, other characters one. Tables and wrapping measure with it, so that a service named in another script
 * still lines up.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += Math.max(0, WCWidth.wcwidth(codePoint));
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** The longest start of {@code text} that fits in {@code columns}, as a length in chars (at least one code point). */
    public static int fitting(String text, int columns) {
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int next = width + Math.max(0, WCWidth.wcwidth(codePoint));
            if (next > columns && i > 0) {
                break;
            }
            width = next;
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** The text with spaces after it up to {@code columns}. */
    public static String padRight(String text, int columns) {
        int width = of(text);
        return width >= columns ? text : text + " ".repeat(columns - width);
    }

    /** The text with spaces before it up to {@code columns}. */
    public static String padLeft(String text, int columns) {
        int width = of(text);
        return width >= columns ? text : " ".repeat(columns - width) + text;
    }
}
