package org.coprod.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Respondent;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;
import org.coprod.io.yaml.YamlDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole interview in plain lines, every message of it written out once, compared word for word with the transcript
 * in {@code lines-transcript.txt} (written by the code before its words moved behind the wording seam).
 */
class LineInterviewTest {
    private static final Path TRANSCRIPT = Path.of("src/test/resources/org/coprod/interview/lines-transcript.txt");
    private static final Questionnaire QUESTIONNAIRE =
            Catalogue.builtIn(Catalogue.DEFAULT).orElseThrow();

    @TempDir
    Path dir;

    @Test
    void every_message_of_the_line_by_line_interview_reads_as_before() throws IOException {
        String tooLongLine = "x".repeat(LineConversation.LONGEST_LINE + 1);
        String tooLongNote = "y".repeat(YamlDocuments.LONGEST_VALUE + 1);
        StringBuilder script = new StringBuilder();
        for (String line : List.of(
                "", // no answer yet: asked to choose
                "help",
                "?",
                "99",
                "0",
                "ofen",
                "zzzz", // not a number shown; not an answer, with and without a suggestion
                "note",
                "Seen in the minutes", // a note asked for on its own line
                "3",
                "b",
                "", // back, and Enter keeps the answer
                "skip", // skip the second question ('s' is also Sometimes there)
                "n " + tooLongNote, // refused, too long for the answers file
                "n kept in the file",
                "n and more",
                tooLongLine,
                "4")) {
            script.append(line).append('\n');
        }
        script.append("skip\n".repeat(QUESTIONNAIRE.questions().size() - 3));
        script.append("abc\n99\n2\n4\n\n"); // the summary: two mistakes, then the second question changed
        script.append(tooLongNote).append('\n'); // a reflection too long to keep
        script.append("\n"); // keeps the earlier reflection
        script.append("We start on Monday\n");
        String out =
                run(script.toString(), Map.of(QUESTIONNAIRE.reflections().get(0).id(), "Earlier thoughts"));

        String transcript = out.replace(tooLongNote, "<too long note>").replace(tooLongLine, "<too long line>");
        if (Boolean.getBoolean("coprod.writeTranscript")) {
            Files.writeString(TRANSCRIPT, transcript, StandardCharsets.UTF_8);
        }
        assertThat(transcript).isEqualTo(Files.readString(TRANSCRIPT, StandardCharsets.UTF_8));
    }

    @Test
    void a_note_that_would_make_the_answers_file_too_large_is_refused_in_those_words() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Question> questions = QUESTIONNAIRE.questions();
        String bigNote = "é".repeat(YamlDocuments.LONGEST_VALUE);
        for (Question question : questions.subList(0, 20)) {
            answers.put(
                    question.id(),
                    new Answer(
                            question.id(),
                            Optional.of(QUESTIONNAIRE
                                    .answerSetOf(question)
                                    .choices()
                                    .get(0)),
                            bigNote));
        }
        String out = run("n " + bigNote + "\nq\n", Map.of(), answers);
        assertThat(out.replaceAll("\\s+", " "))
                .contains("With this, the answers file would be 4,201,")
                .contains(" bytes; coprod reads answers files up to 4,194,304, so it was not saved. Shorten this or"
                        + " another note.");
    }

    /** Issue 15: q on the summary went on to the reflections; it saves and stops there, as on every question. */
    @Test
    void q_on_the_summary_saves_and_stops() {
        String skipAll = "skip\n".repeat(QUESTIONNAIRE.questions().size());
        for (String quit : List.of("q", "quit")) {
            LineConversation lines = new LineConversation(
                    new StringReader(skipAll + quit + "\nnever read\n"),
                    new PrintWriter(new StringWriter()),
                    80,
                    Words.english());
            Interview interview = new Interview(
                    QUESTIONNAIRE, start(Map.of(), Map.of()), dir.resolve(quit + ".yaml"), lines, Words.english());
            assertThat(interview.run()).isEqualTo(Interview.Ending.QUIT);
            assertThat(interview.assessment().reflections()).isEmpty();
            assertThat(interview.assessment().answers())
                    .hasSize(QUESTIONNAIRE.questions().size());
        }
    }

    /** Issue 15: a second note was added to the first after a bare space, so that the two read as one sentence. */
    @Test
    void a_second_note_follows_the_first_after_a_semicolon_or_as_its_next_sentence() {
        LineConversation lines =
                new LineConversation(new StringReader(""), new PrintWriter(new StringWriter()), 80, Words.english());
        assertThat(lines.addedNote("We keep minutes", "not shared")).isEqualTo("We keep minutes; not shared");
        assertThat(lines.addedNote("We keep minutes.", "Not shared.")).isEqualTo("We keep minutes. Not shared.");
        assertThat(lines.addedNote("Asked \"why?\" ", "no reply")).isEqualTo("Asked \"why?\" no reply");
        assertThat(lines.addedNote("", "first")).isEqualTo("first");
        assertThat(lines.addedNote("kept", "")).isEmpty();
    }

    private String run(String script, Map<String, String> reflections) {
        return run(script, reflections, Map.of());
    }

    private String run(String script, Map<String, String> reflections, Map<String, Answer> answers) {
        StringWriter out = new StringWriter();
        LineConversation lines =
                new LineConversation(new StringReader(script), new PrintWriter(out), 80, Words.english());
        new Interview(QUESTIONNAIRE, start(reflections, answers), dir.resolve("answers.yaml"), lines, Words.english())
                .run();
        return out.toString();
    }

    private static Assessment start(Map<String, String> reflections, Map<String, Answer> answers) {
        return new Assessment(
                QUESTIONNAIRE.id(),
                QUESTIONNAIRE.version(),
                "Riverside",
                new Respondent("Manager", ""),
                "2026-11-29",
                answers,
                reflections);
    }
}
