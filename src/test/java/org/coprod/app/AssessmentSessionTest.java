package org.coprod.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.coprod.core.words.Words;
import org.coprod.interview.Conversation;
import org.coprod.interview.LineConversation;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentSessionTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private AssessmentSession session(Optional<Path> answers, Optional<Path> resume) {
        AssessmentSession.Request request = new AssessmentSession.Request(
                Optional.empty(),
                Optional.of("Riverside"),
                Optional.of("Manager"),
                "",
                answers,
                resume,
                Optional.empty(),
                Optional.of(ReportFormat.TEXT),
                Style.plain(80),
                false);
        return new AssessmentSession(
                new Context("coprod", Optional.empty()),
                request,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    /** A conversation in plain lines, reading the given input. */
    private AssessmentSession.Opener lines(String input) {
        return words -> new AssessmentSession.Talk() {
            private final Conversation conversation =
                    new LineConversation(new StringReader(input), new PrintWriter(out, true), 80, words);

            @Override
            public Conversation conversation() {
                return conversation;
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void quitting_saves_the_answers_given_and_says_how_to_carry_on(@TempDir Path dir) throws IOException {
        Path answers = dir.resolve("answers.yaml");
        AssessmentSession.Ending ending =
                session(Optional.of(answers), Optional.empty()).run(lines("\n3\nq\n"));
        assertThat(ending).isEqualTo(AssessmentSession.Ending.SAVED);
        assertThat(out.toString())
                .contains("Welcome to coprod.")
                .contains("Saved. To carry on: coprod assess --resume " + answers);
        assertThat(AnswersReader.read(answers, Catalogue::builtIn, Words.english())
                        .assessment()
                        .service())
                .isEqualTo("Riverside");
    }

    @Test
    void an_answers_file_that_exists_is_not_started_afresh(@TempDir Path dir) throws IOException {
        Path answers = Files.writeString(dir.resolve("answers.yaml"), "taken");
        assertThatThrownBy(() -> session(Optional.of(answers), Optional.empty()).run(lines("")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("coprod assess --resume " + answers)
                .extracting(e -> ((UserError) e).kind())
                .isEqualTo(UserError.Kind.FILE);
    }

    @Test
    void input_that_ends_before_the_service_is_named_saves_nothing() throws IOException {
        AssessmentSession.Request request = new AssessmentSession.Request(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(ReportFormat.TEXT),
                Style.plain(80),
                false);
        AssessmentSession.Ending ending = new AssessmentSession(
                        new Context("coprod", Optional.empty()),
                        request,
                        new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .run(lines(""));
        assertThat(ending).isEqualTo(AssessmentSession.Ending.INPUT_ENDED);
        assertThat(err.toString()).contains("nothing was saved");
    }

    @Test
    void the_answers_file_is_named_after_the_service_with_accents_kept_as_letters() {
        assertThat(AssessmentSession.slug("Café Ünïcode / Nord")).isEqualTo("cafe-unicode-nord");
        assertThat(AssessmentSession.slug("Riverside Recovery College")).isEqualTo("riverside-recovery-college");
        assertThat(AssessmentSession.slug("!!!")).isEmpty();
    }

    /** Issue 15: the report asked for is saved in the answers file, by name when it is in the same folder or below. */
    @Test
    void a_report_is_saved_relative_to_the_answers_file_when_it_is_inside_its_folder(@TempDir Path dir) {
        Path answers = dir.resolve("a/answers.yaml");
        assertThat(AssessmentSession.relativeTo(answers, dir.resolve("a/r.html")))
                .isEqualTo("r.html");
        assertThat(AssessmentSession.relativeTo(answers, dir.resolve("a/out/r.html")))
                .isEqualTo(Path.of("out", "r.html").toString());
        assertThat(AssessmentSession.relativeTo(answers, dir.resolve("b/r.html")))
                .isEqualTo(dir.resolve("b/r.html").toAbsolutePath().normalize().toString());
        assertThat(AssessmentSession.relativeTo(Path.of("answers.yaml"), Path.of("r.md")))
                .isEqualTo("r.md");
    }
}
