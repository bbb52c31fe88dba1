package org.coprod.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;

/**
 * The one sanitiser for text that reaches a terminal or a text file. Text read from files (service names, notes,
 * question texts, ids in error messages) may hold control characters: an Escape can clear the screen or write the
 * clipboard (ESC]52), a carriage return can print over what came before, a bidirectional override can make text read
 * backwards. Each is shown as a visible code such as {@code \u001B} instead. Only the few colour and weight codes
 * that coprod and its help use, each whole, pass through: at worst, text from a file could colour itself.
 */
public final class TerminalText {
    private static final char ESCAPE = '\u001B';
    /** The weights, colours and their ends that coprod's screens and picocli's help use, and no others. */
    private static final Set<String> STYLES = Set.of(
            "\u001B[0m",
            "\u001B[1m",
            "\u001B[2m",
            "\u001B[3m",
            "\u001B[7m",
            "\u001B[21m",
            "\u001B[22m",
            "\u001B[23m",
            "\u001B[31m",
            "\u001B[32m",
            "\u001B[33m",
            "\u001B[39m");

    private static final int LONGEST_STYLE = 5;

    private TerminalText() {}

    /** Text for a file or a message: every control character but tab and line ends made visible, styles included. */
    public static String clean(String text) {
        return clean(text, false);
    }

    /** Text for a terminal that shows coprod's colours: its own style codes are kept. */
    public static String clean(String text, boolean keepStyles) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String style = keepStyles && c == ESCAPE ? styleAt(text, i) : null;
            if (style != null) {
                out.append(style);
                i += style.length() - 1;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' || !isControl(c)) {
                out.append(c);
            } else {
                out.append(visible(c));
            }
        }
        return out.toString();
    }

    /**
     * A writer for standard output, standard error or a terminal, which makes control characters visible as they pass;
     * coprod's style codes and a carriage return (which redraws a progress bar) are kept.
     */
    public static PrintWriter filter(Writer out) {
        return new PrintWriter(new Filter(out), true);
    }

    private static String styleAt(String text, int at) {
        for (String style : STYLES) {
            if (text.startsWith(style, at)) {
                return style;
            }
        }
        return null;
    }

    /** C0 and C1 controls but tab and line feed, Delete, and the marks that reorder text (bidi overrides and isolates). */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n'
                || c >= 0x7F && c <= 0x9F
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    private static String visible(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }

    private static final class Filter extends Writer {
        private final Writer out;
        /** An Escape and what followed it, until it is known to be one of coprod's styles or not. */
        private final StringBuilder escape = new StringBuilder();

        Filter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            StringBuilder passed = new StringBuilder(length + 16);
            for (int i = offset; i < offset + length; i++) {
                accept(chars[i], passed);
            }
            out.write(passed.toString());
        }

        private void accept(char c, StringBuilder passed) {
            if (!escape.isEmpty()) {
                escape.append(c);
                String held = escape.toString();
                if (STYLES.contains(held)) {
                    passed.append(held);
                    escape.setLength(0);
                } else if (held.length() >= LONGEST_STYLE || STYLES.stream().noneMatch(s -> s.startsWith(held))) {
                    release(passed);
                }
            } else if (c == ESCAPE) {
                escape.append(c);
            } else {
                passed.append(c == '\r' || !isControl(c) ? String.valueOf(c) : visible(c));
            }
        }

        /** What was held after an Escape was not a style: the Escape is shown, and the rest read again. */
        private void release(StringBuilder passed) {
            String rest = escape.substring(1);
            escape.setLength(0);
            passed.append(visible(ESCAPE));
            for (int i = 0; i < rest.length(); i++) {
                accept(rest.charAt(i), passed);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!escape.isEmpty()) {
                StringBuilder passed = new StringBuilder();
                release(passed);
                out.write(passed.toString());
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
