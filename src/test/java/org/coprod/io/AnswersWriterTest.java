package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Respondent;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.AnswersWriter;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.Test;

class AnswersWriterTest {
    private final Questionnaire builtIn = Catalogue.builtIn("six-principles").orElseThrow();

    private Assessment readBack(Assessment assessment) {
        String yaml = AnswersWriter.toYaml(assessment, builtIn);
        assertThat(yaml).doesNotContain("!!binary");
        return AnswersReader.parse("answers.yaml", yaml, Catalogue::builtIn, "built in").assessment();
    }

    /**
     * Found by fuzzing the answers loader: text with a control character in it (such as the Escape an arrow key types
     * into a note in a plain terminal) was written as base64, and read back as the base64.
     */
    @Test
    void text_with_control_characters_reads_back_as_written() {
        String note = "Agreed at the\u0007 meeting \u001b[A in May; see\tminutes";
        Assessment assessment = new Assessment("six-principles", builtIn.version(), "Riverside\u0007", new Respondent("Manager\u001b", ""),
                "2026-11-23", Map.of("assets-strengths-asked", new Answer("assets-strengths-asked",
                        builtIn.answerSetOf(builtIn.question("assets-strengths-asked").orElseThrow()).match("Often"), note)),
                Map.of("surprise", "Nothing\u0000 much"));
        Assessment again = readBack(assessment);
        assertThat(again).isEqualTo(assessment);
        assertThat(again.answers().get("assets-strengths-asked").note()).isEqualTo(note);
    }

    @Test
    void long_notes_and_line_breaks_read_back_as_written() {
        String note = "First line.\nSecond line, " + "which goes on ".repeat(10) + "and ends.";
        Assessment assessment = new Assessment("six-principles", "1.0", "Riverside", new Respondent("Manager", "Sam"), "",
                Map.of("assets-skills-used", new Answer("assets-skills-used", Optional.empty(), note)), Map.of());
        assertThat(readBack(assessment)).isEqualTo(assessment);
    }
}
