package org.coprod.interview;

import java.util.List;
import org.coprod.report.TextRenderer;

/** Wrapping helpers for the interview's screens and lines. */
final class Wrap {
    private Wrap() {}

    static String text(String text, int width) {
        return String.join("\n", TextRenderer.wrap(text, width));
    }

    /** "12. " then the text, with following lines indented under the text. */
    static String hanging(String marker, String text, int width) {
        List<String> lines = TextRenderer.wrap(text, Math.max(10, width - marker.length()));
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
