package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.Test;

/** Issue 16: the HTML said lang="en" whatever language the questionnaire is written in. */
class HtmlLanguageTest {
    private static String htmlOf(String language) {
        Questionnaire q = QuestionnaireReader.parse(
                "tiny.yaml",
                TestFiles.resource("questionnaires/tiny.yaml").replace("language: en", "language: " + language),
                Words.english());
        return new HtmlRenderer().render(QuestionnaireDescription.build(q));
    }

    @Test
    void the_page_says_the_questionnaires_language() {
        assertThat(htmlOf("cy")).contains("<html lang=\"cy\">");
        assertThat(htmlOf("en-GB")).contains("<html lang=\"en-GB\">");
    }

    @Test
    void a_language_that_is_not_a_language_tag_is_not_written_into_the_page() {
        assertThat(htmlOf("'\"><script>'")).contains("<html lang=\"en\">").doesNotContain("<script>");
    }
}
