package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.Test;

/**
 * A report speaks its questionnaire's language: a word that language has is used, any other falls back to English.
 * The Welsh words here are the test's own (src/test/resources/org/coprod/words/report_cy.properties).
 */
class ReportLanguageTest {
    private static String reportIn(String language) {
        Questionnaire q = QuestionnaireReader.parse(
                "tiny.yaml",
                TestFiles.resource("questionnaires/tiny.yaml").replace("language: en", "language: " + language),
                Words.english());
        return new MarkdownRenderer().render(QuestionnaireDescription.build(q));
    }

    @Test
    void a_welsh_questionnaire_gets_the_welsh_headings_there_are() {
        assertThat(reportIn("cy"))
                .contains("\n## Atebion\n", "\n## Sut y cyfrifwyd y sgoriau\n")
                .doesNotContain("\n## Answers\n", "\n## How the scores were computed\n");
    }

    @Test
    void a_heading_welsh_does_not_have_is_in_english() {
        assertThat(reportIn("cy")).contains("\n### The verdict rules, tried in this order\n");
    }

    @Test
    void an_english_questionnaire_gets_english_headings() {
        assertThat(reportIn("en"))
                .contains("\n## Answers\n", "\n## How the scores were computed\n")
                .doesNotContain("Atebion");
    }
}
