package org.coprod.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.AnswersWriter;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.Report;
import org.coprod.report.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers and reports across languages, with a test-only questionnaire pair (questionnaires/tiny.yaml and its Welsh
 * translation questionnaires/cy/tiny.yaml beside it) and the same answers given in each language.
 */
class LanguagesTest {
    private static final String TINY = "src/test/resources/questionnaires/tiny.yaml";
    private static final Path WELSH_ANSWERS = Path.of("src/test/resources/answers/tiny-cy.yaml");
    private static final Path ENGLISH_ANSWERS = Path.of("src/test/resources/answers/tiny-en.yaml");

    private static final String WELSH_TITLE = "Holiadur prawf bach";
    private static final String ENGLISH_TITLE = "Tiny test questionnaire";

    private static Context asking(String... tags) {
        List<Words> languages = java.util.Arrays.stream(tags).map(Words::forTag).toList();
        return new Context("coprod", languages.stream().findFirst(), languages);
    }

    private static Report report(Context context, Path answers) {
        return new ReportAnswers(context).report(answers, Optional.of(TINY)).report();
    }

    @Test
    void answers_given_in_welsh_report_in_welsh_unless_another_language_is_asked_for() {
        Report asGiven = report(asking(), WELSH_ANSWERS);
        Report inEnglish = report(asking("en"), WELSH_ANSWERS);

        assertThat(asGiven.document().language()).isEqualTo("cy");
        assertThat(ReportFormat.MARKDOWN.render(asGiven, Style.plain(100)))
                .contains(WELSH_TITLE)
                .doesNotContain(ENGLISH_TITLE);
        assertThat(inEnglish.document().language()).isEqualTo("en");
        assertThat(ReportFormat.MARKDOWN.render(inEnglish, Style.plain(100)))
                .contains(ENGLISH_TITLE)
                .doesNotContain(WELSH_TITLE);
    }

    @Test
    void the_same_answers_in_either_language_score_the_same_in_either_language() {
        Map<String, Object> fromWelsh = report(asking("en"), WELSH_ANSWERS).toJson();
        Map<String, Object> fromEnglish = report(asking("en"), ENGLISH_ANSWERS).toJson();
        assertThat(fromWelsh).isEqualTo(fromEnglish);

        Map<String, Object> welshFromEnglish =
                report(asking("cy"), ENGLISH_ANSWERS).toJson();
        assertThat(welshFromEnglish).isEqualTo(report(asking(), WELSH_ANSWERS).toJson());
        assertThat(welshFromEnglish).isNotEqualTo(fromEnglish);
        assertThat(welshFromEnglish.get("average")).isEqualTo(fromEnglish.get("average"));
    }

    @Test
    void an_answer_in_the_other_languages_words_is_the_same_choice(@TempDir Path dir) throws IOException {
        Path mixed = Files.writeString(
                dir.resolve("mixed.yaml"), Files.readString(ENGLISH_ANSWERS).replace("a1: Always", "a1: Bob amser"));
        Map<String, Object> read = report(asking("en"), mixed).toJson();
        assertThat(read).isEqualTo(report(asking("en"), ENGLISH_ANSWERS).toJson());
    }

    @Test
    void a_report_in_welsh_and_english_has_each_language_whole_and_marked_welsh_first() {
        Report both = report(asking("cy", "en"), ENGLISH_ANSWERS);

        String html = ReportFormat.HTML.render(both, Style.plain(100));
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">");
        assertThat(html.indexOf("<section lang=\"cy\" id=\"cy\">"))
                .isPositive()
                .isLessThan(html.indexOf("<section lang=\"en\" id=\"en\">"));
        assertThat(html.indexOf(WELSH_TITLE)).isLessThan(html.indexOf(ENGLISH_TITLE));
        assertThat(html).containsOnlyOnce("<body>").containsOnlyOnce("</html>").contains("break-before: page");
        assertThat(html).contains("id=\"cy-chart-1-title\"").contains("id=\"en-chart-1-title\"");
        assertThat(html).doesNotContain("\"chart-1-");

        String markdown = ReportFormat.MARKDOWN.render(both, Style.plain(100));
        // each report one level below its language's heading: only the languages are top-level headings (found by a
        // review: the report's title was a top-level heading beside "# Cymraeg")
        assertThat(markdown).startsWith("# Cymraeg\n\n## ");
        assertThat(markdown.lines().filter(line -> line.startsWith("# "))).containsExactly("# Cymraeg", "# English");
        assertThat(markdown.indexOf(WELSH_TITLE)).isLessThan(markdown.indexOf("\n# English\n"));
        assertThat(markdown.indexOf("\n# English\n")).isLessThan(markdown.indexOf(ENGLISH_TITLE));

        String text = ReportFormat.TEXT.render(both, Style.plain(100));
        assertThat(text).startsWith("Cymraeg\n━━━━━━━\n\n");
        assertThat(text.indexOf(WELSH_TITLE)).isLessThan(text.indexOf("\nEnglish\n━━━━━━━\n"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_json_report_in_two_languages_says_which_language_each_part_is_in() {
        Report both = report(asking("cy", "en"), ENGLISH_ANSWERS);
        Map<String, Object> json = both.toJson();

        assertThat(json).containsEntry("language", "cy").containsEntry("formatVersion", 1);
        List<Map<String, Object>> translations = (List<Map<String, Object>>) json.get("translations");
        assertThat(translations).singleElement().satisfies(english -> {
            assertThat(english).containsEntry("language", "en");
            assertThat(english.get("average")).isEqualTo(json.get("average"));
        });
        String welsh = ReportFormat.CSV.render(report(asking("cy"), ENGLISH_ANSWERS), Style.plain(100));
        String english = ReportFormat.CSV.render(report(asking("en"), ENGLISH_ANSWERS), Style.plain(100));
        assertThat(ReportFormat.CSV.render(both, Style.plain(100)))
                .as("each language's rows, each marked with its language, under one header")
                .isEqualTo("language," + welsh.replace("\r\n", "\r\ncy,").replaceFirst("cy,$", "")
                        + english.substring(english.indexOf("\r\n") + 2)
                                .replace("\r\n", "\r\nen,")
                                .replaceFirst("^", "en,")
                                .replaceFirst("en,$", ""));
    }

    @Test
    void rounds_answered_in_two_languages_compare_as_the_same_answers() {
        List<String> warnings = new ArrayList<>();
        Report comparison = new CompareRounds(asking())
                .compare(ENGLISH_ANSWERS, WELSH_ANSWERS, Optional.of(TINY), warnings::add)
                .report();

        assertThat(comparison.document().language()).isEqualTo("cy");
        assertThat(warnings).isEmpty();
        String json = org.coprod.report.Json.write(comparison.toJson());
        assertThat(json)
                .contains("\"verdictChanged\" : false")
                .doesNotContain("\"change\" : -")
                .doesNotContain("\"change\" : 1");
    }

    @Test
    void a_language_the_questionnaire_is_not_in_is_said_and_the_report_is_in_the_questionnaires_own(@TempDir Path dir)
            throws IOException {
        Path untranslated = Files.copy(Path.of(TINY), dir.resolve("tiny.yaml"));
        ReportAnswers.Result result =
                new ReportAnswers(asking("cy")).report(ENGLISH_ANSWERS, Optional.of(untranslated.toString()));
        assertThat(result.report().document().language()).isEqualTo("en");
        assertThat(result.warnings())
                .anySatisfy(w -> assertThat(w).contains("'tiny' 2.1").contains("Cymraeg"));

        // asked for in Welsh and English, it is written once, in English, and says why
        ReportAnswers.Result both =
                new ReportAnswers(asking("cy", "en")).report(ENGLISH_ANSWERS, Optional.of(untranslated.toString()));
        assertThat(both.report()).isInstanceOf(org.coprod.report.AssessmentReport.class);
        assertThat(both.warnings()).singleElement().asString().contains("Cymraeg");
    }

    @Test
    void an_answers_file_records_the_language_it_was_given_in_and_english_files_stay_as_they_were() throws Exception {
        AnswersReader.Result welsh = AnswersFiles.read(WELSH_ANSWERS, TINY, Words.english());
        assertThat(welsh.questionnaire().language()).isEqualTo("cy");
        assertThat(AnswersWriter.toYaml(welsh.assessment(), welsh.questionnaire()))
                .contains("\nlanguage: cy\n")
                .contains("a1: Bob amser");

        AnswersReader.Result english = AnswersFiles.read(ENGLISH_ANSWERS, TINY, Words.english());
        assertThat(AnswersWriter.toYaml(english.assessment(), english.questionnaire()))
                .doesNotContain("language:");
    }

    @Test
    void a_built_in_questionnaire_is_in_welsh_where_coprod_has_it_and_in_english_otherwise() {
        var english = Catalogue.builtIn(Catalogue.DEFAULT).orElseThrow();
        var welsh =
                Catalogue.builtIn(Catalogue.DEFAULT, english.version(), "cy").orElseThrow();
        boolean translated =
                Catalogue.class.getClassLoader().getResource("questionnaires/cy/six-principles.yaml") != null;
        assertThat(welsh.language()).isEqualTo(translated ? "cy" : "en");
        assertThat(Catalogue.inLanguage(welsh, "en")).isSameAs(english);
        assertThat(Catalogue.resolve(Catalogue.DEFAULT, Words.english())).isSameAs(english);
        var cahn = Catalogue.builtIn("cahn-five-values").orElseThrow();
        assertThat(Catalogue.inLanguage(cahn, "cy")).isSameAs(cahn);
    }
}
