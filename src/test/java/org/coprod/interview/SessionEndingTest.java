package org.coprod.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.coprod.core.model.Assessment;
import org.coprod.core.scoring.Firmness;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.text.DisplayWidth;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: what stays on the screen when a session is over. The whole report used to be printed, so that the verdict
 * scrolled away and the verdict rules were left on the screen.
 */
class SessionEndingTest {
    private static final Assessment RIVERSIDE = AnswersReader.read(
                    Path.of("examples/riverside-recovery-college-answers.yaml"), Catalogue::builtIn, Words.english())
            .assessment();
    private static final List<String> CLOSING = List.of(
            "The full report is in riverside-report.html: open it in a web browser to read, print or send it.",
            "To read it here: coprod report riverside.yaml | more",
            "Your answers are in riverside.yaml.");

    private static SessionEnding ending(int width) {
        Scorecard card =
                Scoring.score(Catalogue.builtIn(RIVERSIDE.questionnaireId()).orElseThrow(), RIVERSIDE.responses());
        return new SessionEnding(
                card, Firmness.of(card.questionnaire(), RIVERSIDE.responses()), CLOSING, Words.english(), width);
    }

    @Test
    void on_a_usual_terminal_it_gives_the_verdict_with_its_reasons_how_firm_the_first_steps_and_where_things_are() {
        List<String> lines = ending(80).lines(23);
        String text = String.join("\n", lines);
        assertThat(lines.get(0)).startsWith("Verdict: Co-production, because shared planning is 62.5");
        assertThat(text)
                .contains("How firm: only just. Moving one answer one step would change it, in 5 ways; the\nreport"
                        + " says which.")
                .contains("What to do first:\n  1. Start a simple log next month")
                .contains("  2. Ask the people who contribute most")
                .contains("  3. At the next welcome or induction")
                .contains("     note both.") // the steps whole, their lines indented under their text
                .endsWith("The full report is in riverside-report.html: open it in a web browser to read,\n"
                        + "print or send it.\nTo read it here: coprod report riverside.yaml | more\n"
                        + "Your answers are in riverside.yaml.")
                .doesNotContain("…");
        assertThat(lines).hasSizeLessThanOrEqualTo(23);
    }

    @Test
    void on_short_and_narrow_terminals_it_is_shortened_but_keeps_the_verdict_and_where_the_report_is() {
        for (int[] size : new int[][] {{80, 14}, {40, 12}, {40, 10}, {60, 10}, {120, 8}}) {
            int width = size[0];
            int rows = size[1] - 1;
            List<String> lines = ending(width).lines(rows);
            assertThat(lines).as("%s columns, %s rows", width, rows).hasSizeLessThanOrEqualTo(rows);
            assertThat(lines)
                    .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(width));
            assertThat(lines.get(0)).isEqualTo("Verdict: Co-production");
            assertThat(String.join(" ", lines)).contains("riverside-report.html");
        }
        // at 80 x 14 the three steps stay, on a line each
        assertThat(String.join("\n", ending(80).lines(13)))
                .contains("  1. Start a simple log next month (a sheet on the wall or a spreadsheet) of t …")
                .contains("  3. At the next welcome");
    }
}
