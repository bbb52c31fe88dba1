package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coprod.TestFiles;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Respondent;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.AnswersWriter;
import org.junit.jupiter.api.Test;

class AnswersReaderTest {
    private final Questionnaire tiny = TestFiles.tiny();

    private AnswersReader.Result parse(String yaml) {
        return AnswersReader.parse(
                "answers.yaml",
                yaml,
                id -> id.equals("tiny") ? Optional.of(tiny) : Optional.empty(),
                "built in",
                Words.english());
    }

    private List<Problem> problems(String yaml) {
        return catchThrowableOfType(InvalidInputException.class, () -> parse(yaml))
                .problems();
    }

    private static final String HEADER = "questionnaire: tiny\nquestionnaireVersion: \"2.1\"\nservice: Test service\n";

    @Test
    void answers_are_bound_by_label_alias_or_value_with_notes() {
        AnswersReader.Result result =
                parse(HEADER + "respondent: {role: Staff, name: Ann}\ndate: 2026-11-20\nanswers:\n"
                        + "  a1: often\n  a2: {answer: 2, note: We tried.}\n  a3: N/A\n  a4:\n  b1: {note: Only a note}\n"
                        + "reflections:\n  surprise: Much.\n");
        Assessment a = result.assessment();
        assertThat(a.service()).isEqualTo("Test service");
        assertThat(a.respondent()).isEqualTo(new Respondent("Staff", "Ann"));
        assertThat(a.date()).isEqualTo("2026-11-20");
        assertThat(a.responseTo("a1").orElseThrow().label()).isEqualTo("Often");
        assertThat(a.responseTo("a2").orElseThrow().label()).isEqualTo("Rarely");
        assertThat(a.answers().get("a2").note()).isEqualTo("We tried.");
        assertThat(a.responseTo("a3").orElseThrow().kind()).isEqualTo(ResponseKind.NOT_APPLICABLE);
        assertThat(a.answers().get("a4").response()).isEmpty();
        assertThat(a.answers().get("b1").note()).isEqualTo("Only a note");
        assertThat(a.reflections()).containsEntry("surprise", "Much.");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void an_unknown_question_or_answer_is_reported_with_its_place_and_the_choices() {
        List<Problem> problems = problems(HEADER + "answers:\n  a1: Offen\n  a9: Often\n  b1: Maybe\n  a2: 9\n");
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "answers.yaml:5:7: 'Offen' is not an answer to question 'a1'. Did you mean 'Often'? Allowed: Never, Rarely,"
                                + " Sometimes, Often, Always, Not applicable or Don't know.",
                        "answers.yaml:6:3: there is no question 'a9' in 'tiny' version 2.1. Did you mean 'a1'?",
                        "answers.yaml:7:7: 'Maybe' is not an answer to question 'b1'. Allowed: No, Partly or Yes.",
                        "answers.yaml:8:7: the number 9 is out of range for question 'a2'. Allowed: 1 to 5, or Never, Rarely,"
                                + " Sometimes, Often, Always, Not applicable or Don't know.");
    }

    /** The usual slips of editing by hand, told in plain words at the line to look at, not in the YAML parser's terms. */
    @Test
    void slips_of_editing_by_hand_are_told_plainly_at_the_line_to_look_at() {
        String answers = "answers:\n  a1: Often\n  a2: Rarely\n";
        assertThat(problems(HEADER + answers.replace("  a2:", "   a2:")))
                .extracting(Problem::toString)
                .containsExactly(
                        "answers.yaml:6:6: there is a ':' here that does not fit. Check that this line is indented like the lines above"
                                + " it; a value that itself holds ': ' must be put in quotes.");
        assertThat(problems(HEADER + answers.replace("  a2:", " a2:")))
                .extracting(Problem::toString)
                .containsExactly(
                        "answers.yaml:6:2: this line is indented differently from the lines above it: lines at the same level must"
                                + " start in the same column, and each item of a list with '- ' (a dash, then a space).");
        assertThat(problems(HEADER + answers.replace("  a2:", "  - a2:")))
                .extracting(Problem::toString)
                .containsExactly(
                        "answers.yaml:6:3: a line starting with '- ' (an item of a list) does not fit here; check its indentation, or"
                                + " remove the '- '.");
        assertThat(problems(HEADER + answers.replace("a2: Rarely", "a2 Rarely")))
                .extracting(Problem::toString)
                .containsExactly("answers.yaml:6:3: this line has no ':' after its name; write it as 'name: value'.");
        assertThat(problems(HEADER + answers.replace("a1: Often", "a1: {answer: Often, note: \"Agreed: yes}")))
                .extracting(Problem::toString)
                .containsExactly("answers.yaml:5:29: the quote (\") that opens this value is"
                        + " never closed; add a closing \" at the end of the value.");
        assertThat(problems(HEADER + answers.replace("a1: Often", "a1: [Often")))
                .extracting(Problem::toString)
                .containsExactly(
                        "answers.yaml:5:7: the '[' here is never closed; a value that starts with '[' must be put in quotes.");
        assertThat(problems(HEADER + answers.replace("a1: Often", "a1: @Often")))
                .extracting(Problem::toString)
                .containsExactly("answers.yaml:5:7: a value cannot start with '@'; put the value in quotes.");
        assertThat(problems(HEADER + answers.replace("a1: Often", "a1: *Often")))
                .extracting(Problem::toString)
                .containsExactly(
                        "answers.yaml:5:7: a value cannot start with '*', which has a special meaning in YAML; put the"
                                + " value in quotes.");
    }

    @Test
    void another_major_version_is_an_error_and_another_minor_version_a_warning() {
        assertThat(problems(HEADER.replace("\"2.1\"", "\"1.0\"") + "answers: {a1: Often}\n"))
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .contains("version 1.0 of 'tiny', but the questionnaire here is version 2.1");
        AnswersReader.Result minor = parse(HEADER.replace("\"2.1\"", "\"2.0\"") + "answers: {a1: Often}\n");
        assertThat(minor.warnings())
                .singleElement()
                .asString()
                .contains("version 2.0")
                .contains("scored with version 2.1");
    }

    /** Found by fuzzing: a version written over two lines made a message of three lines. */
    @Test
    void a_version_over_several_lines_is_shown_on_one() {
        String version = "Riverside Recovery\n\n  College, " + "and so on ".repeat(20);
        String message = problems(HEADER.replace("\"2.1\"", "\"" + version + "\"") + "answers: {a1: Often}\n")
                .get(0)
                .message();
        assertThat(message)
                .doesNotContain("\n")
                .startsWith("these answers were given to version Riverside Recovery College,")
                .contains("characters) of 'tiny'");
    }

    @Test
    void an_unknown_questionnaire_is_reported_with_what_to_do() {
        assertThat(problems(HEADER.replace("questionnaire: tiny", "questionnaire: other") + "answers: {}\n"))
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .contains("'other', which is not built in")
                .contains("--questionnaire FILE");
    }

    @Test
    void missing_required_fields_and_unknown_reflections_are_reported() {
        assertThat(problems("questionnaire: tiny\nanswers: {}\nreflections: {surprize: x}\n"))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("has no 'questionnaireVersion'"))
                .anyMatch(m -> m.contains("has no 'service'"))
                .anyMatch(m ->
                        m.contains("'surprize' is not one of the reflections of 'tiny'. Did you mean 'surprise'?"));
    }

    @Test
    void writing_then_reading_gives_back_the_same_assessment() {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        answers.put(
                "a1", new Answer("a1", tiny.answerSets().get("five").match("Often"), "Line one\nline two: with colon"));
        answers.put("a2", new Answer("a2", tiny.answerSets().get("five").match("DK"), ""));
        answers.put("b1", new Answer("b1", tiny.answerSets().get("ynp").match("Yes"), ""));
        answers.put("b2", new Answer("b2", Optional.empty(), "skipped: \"quotes\" and # hash"));
        Assessment original = new Assessment(
                "tiny",
                "2.1",
                "No: such # service",
                new Respondent("Staff", ""),
                "2026-11-22",
                answers,
                Map.of("surprise", "true"));
        String yaml = AnswersWriter.toYaml(original, tiny);
        Assessment back = parse(yaml).assessment();
        assertThat(back).isEqualTo(original);
    }

    @Test
    void long_notes_and_reflections_are_folded_over_short_lines_and_read_back_unchanged() {
        String note =
                "We asked tenants what they think, and they said: \"it's fine\" - but nobody wrote it down anywhere"
                        + " that we could find later on, sadly. "
                        + "More evidence follows in the minutes of the panel. ".repeat(4);
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("a1", new Answer("a1", Optional.empty(), note.strip()));
        Assessment original = new Assessment(
                "tiny",
                "2.1",
                "S",
                new Respondent("", ""),
                "2026-11-22",
                answers,
                Map.of(
                        "surprise",
                        "Surprise: # not a comment, " + "word ".repeat(30).strip()));
        String yaml = AnswersWriter.toYaml(original, tiny);
        assertThat(yaml)
                .contains("    answer:\n")
                .doesNotContain("null")
                .contains("    note: >-\n      We asked tenants what they think, and they said: \"it's fine\"");
        assertThat(yaml.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
        assertThat(parse(yaml).assessment()).isEqualTo(original);
    }
}
