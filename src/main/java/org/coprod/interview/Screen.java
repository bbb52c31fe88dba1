package org.coprod.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coprod.text.DisplayWidth;

/**
 * The lines of one screen, fitted to its height, with the hint on the last rows.
 *
 * <p>A question screen (progress, question, choices) is drawn whole when it fits: the extras (note, help) take the
 * room left below the choices, and the section introduction what is left after them. Where the extras do not fit, they
 * scroll in a window ({@link #scrollExtras(int)}), with a line saying there is more above or below. Where even the
 * question and its choices do not fit (a short terminal), the screen is condensed: the introduction and blank lines go,
 * the question is cut to leave room, and the choices are shown in a window that always holds the highlighted one; with
 * the help open, the help gets the room and only the highlighted choice stays.
 *
 * <p>A screen of other lines ({@link #fixed(String)}, the summary) is drawn as given, cut at the bottom.
 */
final class Screen {
    /** The fewest rows worth scrolling the extras in below the whole question; with fewer, the screen is condensed. */
    private static final int FEWEST_EXTRA_ROWS = 4;
    /** How many lines of the other choices a condensed screen tries to keep around the highlighted one. */
    private static final int OTHER_CHOICE_ROWS = 4;

    private final int height;
    private final int width;
    private final List<String> fixed = new ArrayList<>();
    private final List<String> intro = new ArrayList<>();
    private int introAt = -1;
    private String progress;
    private final List<String> question = new ArrayList<>();
    private UnaryOperator<String> questionStyle = UnaryOperator.identity();
    private final List<List<String>> choices = new ArrayList<>();
    private int selected;
    private final List<String> extras = new ArrayList<>();
    private int extrasTop;
    private int extrasPage = 1;
    private String moreAbove = "…";
    private String moreBelow = "…";
    private final List<String> hint = new ArrayList<>();

    Screen(int height, int width) {
        this.height = Math.max(8, height);
        this.width = Math.max(20, width);
    }

    /** A line drawn as it is, after the lines given before it. */
    void fixed(String line) {
        fixed.add(line);
    }

    /** The line at the top saying where the person is. */
    void progress(String line) {
        progress = line;
        fixed.add(line);
    }

    void intro(String line) {
        if (introAt < 0) {
            introAt = fixed.size();
        }
        intro.add(line);
    }

    /** The question's lines, each already fitted to the width, and how they are drawn. */
    void question(List<String> lines, UnaryOperator<String> style) {
        question.addAll(lines);
        questionStyle = style;
    }

    /** One choice, its lines already fitted to the width and drawn as they will be shown. */
    void choice(List<String> lines, boolean isSelected) {
        if (isSelected) {
            selected = choices.size();
        }
        choices.add(List.copyOf(lines));
    }

    void extra(String line) {
        extras.add(line);
    }

    /**
     * Where the extras start when they scroll: the first line shown. Kept within the extras when drawn; {@link
     * #extrasTop()} then says where they are.
     */
    void scrollExtras(int top) {
        extrasTop = top;
    }

    /** The lines that say that more of the extras is above and below the window they are shown in. */
    void scrollMarkers(String above, String below) {
        moreAbove = above;
        moreBelow = below;
    }

    /** The first line of the extras shown, after {@link #lines()}. */
    int extrasTop() {
        return extrasTop;
    }

    /** How many lines of the extras were shown, after {@link #lines()}: one page when they scroll. */
    int extrasPage() {
        return extrasPage;
    }

    /** The lines kept at the bottom of the screen (replacing any set before). */
    void hint(List<String> lines) {
        hint.clear();
        hint.addAll(lines);
    }

    List<String> lines() {
        int room = height - hint.size();
        if (choices.isEmpty()) {
            return asGiven(fixed, room, fit(extras, room - fixed.size()));
        }
        List<String> whole = wholeQuestion();
        int left = room - whole.size();
        if (left >= extras.size()) {
            return asGiven(whole, room, extras);
        }
        if (left >= FEWEST_EXTRA_ROWS) {
            return asGiven(whole, room, window(extras, left));
        }
        return condensed(room);
    }

    /** Progress, a blank line, the question, a blank line and every choice. */
    private List<String> wholeQuestion() {
        List<String> lines = new ArrayList<>(fixed);
        lines.add("");
        question.forEach(line -> lines.add(questionStyle.apply(line)));
        lines.add("");
        choices.forEach(lines::addAll);
        return lines;
    }

    /** The lines as given (cut at the bottom), the extras, and the introduction in whatever room is left. */
    private List<String> asGiven(List<String> given, int room, List<String> extraShown) {
        List<String> body = new ArrayList<>(given.subList(0, Math.min(given.size(), room)));
        int left = room - body.size() - extraShown.size();
        // the introduction starts with a blank line: with room for that alone, it is left out rather than shown as "…"
        List<String> introShown = left >= 2 ? fit(intro, left) : List.of();
        left -= introShown.size();
        if (introAt >= 0 && introAt <= body.size()) {
            body.addAll(introAt, introShown);
        }
        body.addAll(extraShown);
        return finish(body, left);
    }

    /**
     * A screen too short for the whole question: the progress line, the question (cut when it must be), a window of
     * choices that holds the highlighted one, and with the extras open, as much of them as fits.
     */
    private List<String> condensed(int room) {
        List<String> body = new ArrayList<>();
        body.add(progress == null ? "" : progress);
        List<String> highlighted = choices.get(selected);
        int left = room - 1 - highlighted.size();
        List<String> extrasShown =
                extras.isEmpty() || !extras.get(0).isEmpty() ? extras : extras.subList(1, extras.size());
        int otherChoices = choices.stream().mapToInt(List::size).sum() - highlighted.size();
        int questionRows = extrasShown.isEmpty()
                ? left - Math.min(otherChoices, OTHER_CHOICE_ROWS)
                : left / 3; // the help gets the most room: it is what was asked for
        List<String> questionShown = cut(question, Math.min(question.size(), Math.max(1, questionRows)));
        questionShown.forEach(line -> body.add(questionStyle.apply(line)));
        left -= questionShown.size();
        List<String> extrasWindow = window(extrasShown, Math.max(0, left));
        left -= extrasWindow.size();
        List<String> choicesShown = choicesAround(Math.max(0, left));
        left -= choicesShown.size() - highlighted.size();
        body.addAll(choicesShown);
        body.addAll(extrasWindow);
        return finish(body.subList(0, Math.min(body.size(), room)), left);
    }

    /** The highlighted choice, and as many choices below and above it, in turn, as fit in {@code room} more rows. */
    private List<String> choicesAround(int room) {
        int first = selected;
        int last = selected;
        int left = room;
        boolean grew = true;
        while (grew) {
            grew = false;
            if (last + 1 < choices.size() && choices.get(last + 1).size() <= left) {
                left -= choices.get(++last).size();
                grew = true;
            }
            if (first > 0 && choices.get(first - 1).size() <= left) {
                left -= choices.get(--first).size();
                grew = true;
            }
        }
        List<String> lines = new ArrayList<>();
        choices.subList(first, last + 1).forEach(lines::addAll);
        return lines;
    }

    /**
     * The extras in a window of at most {@code room} rows, from {@link #extrasTop}, with a line saying there is more
     * above or below where there is.
     */
    private List<String> window(List<String> lines, int room) {
        if (lines.size() <= room) {
            extrasTop = 0;
            extrasPage = lines.size();
            return lines;
        }
        if (room < 2) {
            extrasTop = 0;
            extrasPage = 0;
            return room == 1 ? List.of(moreBelow) : List.of();
        }
        extrasTop = Math.max(0, Math.min(extrasTop, lines.size() - (room - 1)));
        boolean above = extrasTop > 0;
        int shown = room - (above ? 1 : 0);
        boolean below = extrasTop + shown < lines.size();
        if (below) {
            shown--;
        }
        extrasPage = Math.max(1, shown);
        List<String> window = new ArrayList<>();
        if (above) {
            window.add(moreAbove);
        }
        window.addAll(lines.subList(extrasTop, extrasTop + shown));
        if (below) {
            window.add(moreBelow);
        }
        return window;
    }

    private List<String> finish(List<String> body, int blankRows) {
        List<String> lines = new ArrayList<>(body);
        for (int i = 0; i < blankRows; i++) {
            lines.add("");
        }
        lines.addAll(hint);
        return lines;
    }

    /** As many lines as fit, the last ending in "…" when some are left out. */
    private List<String> fit(List<String> lines, int room) {
        return lines.size() <= room ? lines : cut(lines, Math.max(0, room));
    }

    private List<String> cut(List<String> lines, int count) {
        if (count >= lines.size()) {
            return new ArrayList<>(lines);
        }
        if (count <= 0) {
            return new ArrayList<>();
        }
        List<String> shown = new ArrayList<>(lines.subList(0, count));
        String last = shown.get(count - 1);
        int fits = DisplayWidth.of(last) > width - 2 ? DisplayWidth.fitting(last, width - 2) : last.length();
        shown.set(count - 1, last.substring(0, fits) + " …");
        return shown;
    }
}
