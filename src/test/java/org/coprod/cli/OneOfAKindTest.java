package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A count of one takes the singular: "1 answer", not "1 answers" (as the messages said before they had plural forms). */
class OneOfAKindTest {
    @Test
    void validate_says_one_answer(@TempDir Path dir) throws IOException {
        Path answers = Files.writeString(dir.resolve("one-answer.yaml"), """
                questionnaire: six-principles
                questionnaireVersion: "2.0"
                service: Riverside
                answers:
                  assets-strengths-asked: Always
                """);
        CliTest.Run run = CliTest.run("validate", answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("(Riverside, 1 answer).\n");
    }

    @Test
    void every_message_counting_things_has_a_singular_of_its_own() {
        Words english = Words.english();
        assertThat(english.count("cli.validate.sections", 1)).isEqualTo("1 section");
        assertThat(english.count("cli.validate.questions", 1)).isEqualTo("1 question");
        assertThat(english.count("cli.assess.questionnaire", 1, "Tiny")).isEqualTo("Tiny: 1 question.");
        assertThat(english.count("cli.score.unreadable", 1, "x.csv:2"))
                .startsWith("1 answer could not be read and counts as");
        assertThat(ScoreCommand.progressLine(english, "a.csv", 1, 0, 80, false)).endsWith(" 1 row  ");
    }
}
