package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Respondent;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.AnswersWriter;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.Test;

class AnswersWriterTest {
    private final Questionnaire builtIn = Catalogue.builtIn("six-principles").orElseThrow();

    private Assessment readBack(Assessment assessment) {
        String yaml = AnswersWriter.toYaml(assessment, builtIn);
        assertThat(yaml).doesNotContain("!!binary");
        return AnswersReader.parse("answers.yaml", yaml, Catalogue::builtIn, "built in", Words.english())
                .assessment();
    }

    /**
     * Found by fuzzing the answers loader: text with a control character in it (such as the Escape an arrow key types
     * into a note in a plain terminal) was written as base64, and read back as the base64.
     */
    @Test
    void text_with_control_characters_reads_back_as_written() {
        String note = "Agreed at the\u0007 meeting \u001b[A in May; see\tminutes";
        Assessment assessment = new Assessment(
                "six-principles",
                builtIn.version(),
                "Riverside\u0007",
                new Respondent("Manager\u001b", ""),
                "2026-11-23",
                Map.of(
                        "assets-strengths-asked",
                        new Answer(
                                "assets-strengths-asked",
                                builtIn.answerSetOf(builtIn.question("assets-strengths-asked")
                                                .orElseThrow())
                                        .match("Often"),
                                note)),
                Map.of("surprise", "Nothing\u0000 much"));
        Assessment again = readBack(assessment);
        assertThat(again).isEqualTo(assessment);
        assertThat(again.answers().get("assets-strengths-asked").note()).isEqualTo(note);
    }

    /** Issue 15: with no role given, the file said {@code role: ''}; the key is now left out. */
    @Test
    void a_role_not_given_is_left_out_and_old_files_with_an_empty_role_still_read() {
        Assessment noRole = new Assessment(
                "six-principles", builtIn.version(), "Riverside", new Respondent("", ""), "", Map.of(), Map.of());
        String yaml = AnswersWriter.toYaml(noRole, builtIn);
        assertThat(yaml).doesNotContain("role").doesNotContain("respondent").doesNotContain("''");
        assertThat(readBack(noRole)).isEqualTo(noRole);
        Assessment nameOnly = new Assessment(
                "six-principles", builtIn.version(), "Riverside", new Respondent("", "Sam"), "", Map.of(), Map.of());
        assertThat(AnswersWriter.toYaml(nameOnly, builtIn))
                .contains("name: Sam")
                .doesNotContain("role");
        String older = "questionnaire: six-principles\nquestionnaireVersion: '" + builtIn.version()
                + "'\nservice: Riverside\nrespondent:\n  role: ''\nanswers: {}\n";
        assertThat(AnswersReader.parse("old.yaml", older, Catalogue::builtIn, "built in", Words.english())
                        .assessment()
                        .respondent())
                .isEqualTo(new Respondent("", ""));
    }

    @Test
    void long_notes_and_line_breaks_read_back_as_written() {
        String note = "First line.\nSecond line, " + "which goes on ".repeat(10) + "and ends.";
        Assessment assessment = new Assessment(
                "six-principles",
                "1.0",
                "Riverside",
                new Respondent("Manager", "Sam"),
                "",
                Map.of("assets-skills-used", new Answer("assets-skills-used", Optional.empty(), note)),
                Map.of());
        assertThat(readBack(assessment)).isEqualTo(assessment);
    }

    /**
     * assess writes the file again after every answer, keeping the lines of unchanged answers (10,000 questions took
     * 9 minutes when each save wrote every answer anew): after any changes, the text is the same as written afresh.
     */
    @Test
    void written_again_after_changes_the_text_is_the_same_as_written_afresh() {
        String[] notes = {
            "", "a note: with a colon", "line one\nline two", "word ".repeat(40), "esc\u001b[2J", "#", "yes"
        };
        java.util.Random random = new java.util.Random(13);
        AnswersWriter.Repeated repeated = new AnswersWriter.Repeated(builtIn);
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        for (int change = 0; change < 200; change++) {
            org.coprod.core.model.Question question =
                    builtIn.questions().get(random.nextInt(builtIn.questions().size()));
            java.util.List<org.coprod.core.model.Response> choices =
                    builtIn.answerSetOf(question).choices();
            Optional<org.coprod.core.model.Response> response = random.nextInt(5) == 0
                    ? Optional.empty()
                    : Optional.of(choices.get(random.nextInt(choices.size())));
            answers.put(question.id(), new Answer(question.id(), response, notes[random.nextInt(notes.length)]));
            Assessment assessment = new Assessment(
                    "six-principles",
                    "1.0",
                    "Riverside",
                    new Respondent("Manager", ""),
                    "2026-11-29",
                    answers,
                    change % 3 == 0 ? Map.of("surprise", notes[change % notes.length] + "x") : Map.of());
            assertThat(repeated.toYaml(assessment)).isEqualTo(AnswersWriter.toYaml(assessment, builtIn));
        }
    }
}
