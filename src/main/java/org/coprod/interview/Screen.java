package org.coprod.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one screen, fitted to its height: the fixed lines (progress, question, options) always show, the hint
 * sits on the last rows, and what room is left goes first to extras (note, help) and then to the section
 * introduction, each cut short with "…" rather than drawn past the bottom.
 */
final class Screen {
    private final int height;
    private final int width;
    private final List<String> intro = new ArrayList<>();
    private final List<String> fixed = new ArrayList<>();
    private final List<String> extras = new ArrayList<>();
    private final List<String> hint = new ArrayList<>();
    private int introAt = -1;

    Screen(int height, int width) {
        this.height = Math.max(8, height);
        this.width = Math.max(20, width);
    }

    void fixed(String line) {
        fixed.add(line);
    }

    void intro(String line) {
        if (introAt < 0) {
            introAt = fixed.size();
        }
        intro.add(line);
    }

    void extra(String line) {
        extras.add(line);
    }

    /** The lines kept at the bottom of the screen (replacing any set before). */
    void hint(List<String> lines) {
        hint.clear();
        hint.addAll(lines);
    }

    List<String> lines() {
        int room = height - hint.size();
        List<String> body = new ArrayList<>(fixed.subList(0, Math.min(fixed.size(), room)));
        int left = room - body.size();
        List<String> extraShown = fit(extras, left);
        left -= extraShown.size();
        List<String> introShown = fit(intro, left);
        left -= introShown.size();
        if (introAt >= 0 && introAt <= body.size()) {
            body.addAll(introAt, introShown);
        }
        body.addAll(extraShown);
        for (int i = 0; i < left; i++) {
            body.add("");
        }
        body.addAll(hint);
        return body;
    }

    private List<String> fit(List<String> lines, int room) {
        if (lines.size() <= room) {
            return lines;
        }
        if (room <= 0) {
            return List.of();
        }
        List<String> shown = new ArrayList<>(lines.subList(0, room));
        String last = shown.get(room - 1);
        shown.set(room - 1, (last.length() > width - 2 ? last.substring(0, width - 2) : last) + " …");
        return shown;
    }
}
