package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.Test;

/**
 * A report speaks its questionnaire's language: a Welsh questionnaire's report is in coprod's Welsh words
 * (src/main/resources/org/coprod/words/report_cy.properties); a key Welsh left out would fall back to English, which
 * WordsTest shows and WelshWordsTest keeps from happening.
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
    void a_welsh_questionnaire_gets_welsh_headings() {
        assertThat(reportIn("cy"))
                .contains(
                        "\n## Atebion\n",
                        "\n## Sut y cyfrifwyd y sgoriau\n",
                        "\n### Y rheolau dyfarnu, wedi'u profi yn y drefn hon\n")
                .doesNotContain(
                        "\n## Answers\n",
                        "\n## How the scores were computed\n",
                        "\n### The verdict rules, tried in this order\n");
    }

    @Test
    void a_welsh_questionnaire_gets_welsh_sentences_with_welsh_plurals() {
        assertThat(reportIn("cy"))
                .contains("Id: tiny. Fersiwn 2.1. 10 cwestiwn mewn 3 adran.")
                .contains("## Egwyddor 1 o 2: Alpha")
                .contains("pan fo Shared planning yn 50 o leiaf, a phan fo Shared delivery yn 50 o leiaf")
                .doesNotContain("questions in", "Principle 1 of 2", " is at least ");
    }

    @Test
    void an_english_questionnaire_gets_english_headings() {
        assertThat(reportIn("en"))
                .contains("\n## Answers\n", "\n## How the scores were computed\n")
                .doesNotContain("Atebion");
    }
}
