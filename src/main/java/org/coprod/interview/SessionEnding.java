package org.coprod.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coprod.core.scoring.ActionPlan;
import org.coprod.core.scoring.Firmness;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.words.Words;
import org.coprod.text.DisplayWidth;
import org.coprod.text.TextWrap;

/**
 * What stays on the screen when a person's session is over: the verdict, how firm it is, the first steps, and where
 * the full report and the answers are, fitted to the screen. The full report runs to hundreds of lines; printed at the
 * end, it scrolled the verdict away and left the verdict rules on the screen.
 *
 * <p>When it does not fit, it is shortened a little at a time (see {@link Layout#shorten()}): first the reasons for the
 * verdict go (the report has them), then each first step is cut to two lines, then to one, then the blank lines go,
 * then the last closing sentences, then how firm it is is cut to a line, then the last steps go. The verdict and where
 * the report is always stay.
 */
public final class SessionEnding {
    /** How many first steps are shown: as many as the report's "What to do first". */
    private static final int FIRST_STEPS = 3;

    private final List<String> verdict;
    private final List<String> verdictWithReasons;
    private final List<String> firmness;
    private final List<String> stepsHeading;
    private final List<List<String>> steps;
    private final List<List<String>> closing;
    private final int width;

    /**
     * @param closing the sentences that end it, most needed first (where the full report is): on a short screen the
     *     last go first
     * @param width the columns of the screen
     */
    public SessionEnding(Scorecard card, Firmness firm, List<String> closing, Words words, int width) {
        this.width = Math.max(20, width);
        this.verdict = wrap(
                words.get("interview.ending.verdict", card.verdict().outcome().label()));
        // the explanation is one sentence that names the verdict and the figures behind it
        this.verdictWithReasons =
                wrap(words.get("interview.ending.verdict", card.verdict().explanation(words)));
        this.firmness = firmness(firm, words).map(this::wrap).orElse(List.of());
        List<PlannedAction> firstSteps = ActionPlan.firstSteps(card, FIRST_STEPS);
        this.stepsHeading = firstSteps.isEmpty() ? List.of() : wrap(words.get("interview.ending.first-steps"));
        this.steps = new ArrayList<>();
        for (int i = 0; i < firstSteps.size(); i++) {
            steps.add(TextWrap.lines(
                    TextWrap.hanging(
                            "  " + (i + 1) + ". ", firstSteps.get(i).action().text(), this.width),
                    this.width));
        }
        this.closing = closing.stream().map(this::wrap).toList();
    }

    /** How firm the verdict is, in one short sentence: the report names the answers that would change it. */
    private static Optional<String> firmness(Firmness firm, Words words) {
        return switch (firm.level()) {
            case FIRM -> Optional.of(words.get("interview.ending.firm"));
            case FAIRLY_FIRM -> Optional.of(words.get("interview.ending.fairly-firm"));
            case ONLY_JUST -> Optional.of(words.count("interview.ending.only-just", firm.count()));
            case UNDECIDED -> Optional.empty();
        };
    }

    /**
     * The lines, at most {@code rows} of them where that can be done: shortened one step at a time, in the order of
     * {@link Layout#shorten()}, until they fit. The verdict and the first closing sentence (where the report is) stay
     * whatever the height.
     */
    public List<String> lines(int rows) {
        Layout layout = new Layout();
        List<String> lines = layout.lines();
        while (lines.size() > rows && layout.shorten()) {
            lines = layout.lines();
        }
        return lines;
    }

    /** What is shown; each call of {@link #shorten()} leaves out one thing more. */
    private final class Layout {
        private boolean reasons = true;
        private int linesPerStep = Integer.MAX_VALUE;
        private boolean blankLines = true;
        private int firmnessLines = firmness.size();
        private int stepsShown = steps.size();
        private int closingShown = closing.size();

        /** Leaves out the next thing, least needed first; false when nothing more can go. */
        boolean shorten() {
            if (reasons) {
                reasons = false; // the report gives them
            } else if (linesPerStep > 1 && steps.stream().anyMatch(step -> step.size() > 1)) {
                linesPerStep = Math.min(linesPerStep, 3) - 1;
            } else if (blankLines) {
                blankLines = false;
            } else if (closingShown > 1) {
                closingShown--;
            } else if (firmnessLines > 1) {
                firmnessLines = 1;
            } else if (stepsShown > 0) {
                stepsShown--;
            } else {
                return false;
            }
            return true;
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>(reasons ? verdictWithReasons : verdict);
            lines.addAll(cut(firmness, firmnessLines));
            if (stepsShown > 0) {
                blank(lines);
                lines.addAll(stepsHeading);
                steps.subList(0, stepsShown).forEach(step -> lines.addAll(cut(step, linesPerStep)));
            }
            blank(lines);
            closing.subList(0, closingShown).forEach(lines::addAll);
            return lines;
        }

        private void blank(List<String> lines) {
            if (blankLines) {
                lines.add("");
            }
        }
    }

    /** The first {@code most} lines of a paragraph, the last of them ending in "…" when the rest is left out. */
    private List<String> cut(List<String> paragraph, int most) {
        if (paragraph.size() <= most) {
            return paragraph;
        }
        List<String> kept = new ArrayList<>(paragraph.subList(0, most));
        String last = kept.get(most - 1);
        String room = last.substring(0, DisplayWidth.fitting(last, width - 2));
        kept.set(most - 1, room.stripTrailing() + " …");
        return kept;
    }

    private List<String> wrap(String text) {
        return TextWrap.lines(text, width);
    }
}
