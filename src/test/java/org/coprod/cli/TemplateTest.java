package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15: template gave no hint of which answers each column takes. */
class TemplateTest {
    private static final Questionnaire BUILT_IN =
            Catalogue.builtIn(Catalogue.DEFAULT).orElseThrow();

    @TempDir
    Path dir;

    @Test
    void beside_the_sheet_it_says_which_answers_each_column_takes() {
        CliTest.Run run = CliTest.run("template");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().count())
                .as("the sheet is its header alone")
                .isEqualTo(1);
        assertThat(run.err().replaceAll("\\s+", " "))
                .contains("What each column takes: one of its answers, written out or as the number or code after it")
                .contains("C, D, H–K, M–P, S, U–X, Z, AB, AE, AF, AH, AK: \"Never\" (1), \"Rarely\" (2)")
                .contains("AA: \"Not at all\" (0), \"Once\" (1)")
                .contains("\"Not applicable\" (NA) or \"Don't know\" (DK)");
        assertThat(TemplateCommand.letters(Words.english(), List.of(2, 3, 7, 8, 9, 25, 26, 27, 28, 52)))
                .isEqualTo("C, D, H–J, Z–AC, BA");
    }

    /** In Welsh the answers are quoted as Welsh quotes them, so that the quotes are not taken for apostrophes. */
    @Test
    void in_welsh_the_guide_quotes_the_answers_with_welsh_quotation_marks() {
        CliTest.Run run = CliTest.run("template", "--language", "cy");
        assertThat(run.code()).isZero();
        String guide = run.err().replaceAll("\\s+", " ");
        assertThat(guide)
                .contains("C, D, H–K, M–P, S, U–X, Z, AB, AE, AF, AH, AK: ‘Byth’ (1), ‘Anaml’ (2)")
                .contains("‘Anghytuno'n gryf’ (1)")
                .contains("‘Ddim yn berthnasol’ (NA) neu ‘Ddim yn gwybod’ (DK)")
                .doesNotContain("\"");
        assertThat(TemplateCommand.letters(Words.forTag("cy"), List.of(2, 3, 7, 8, 9)))
                .isEqualTo("C, D, H–J");
    }

    /**
     * The sheet, filled in as the guide says (words, the numbers after them, and the codes), scores with no problem;
     * in Welsh too, whose sheet is headed in Welsh (it was headed "Service,Role" in every language).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void a_filled_template_scores(String language) throws IOException {
        Path sheet = filledSheet(language, false);
        CliTest.Run score = CliTest.run(
                "score",
                sheet.toString(),
                "--strict",
                "--min-group-size",
                "1",
                "--language",
                language,
                "--format",
                "csv");
        assertThat(score.code()).as(score.err()).isZero();
        // the service and role columns were found: one service, and a row for each of its two roles
        assertThat(score.out()).contains("Riverside").contains("Staff").contains("Member");
    }

    /**
     * Found by a review: a Welsh sheet headed by question ids, which the English questionnaire matches as well as the
     * Welsh one, was scored with the English one unless --language cy was given: its Welsh labels could not be read
     * (exit 3), and, filled with numbers, its "Gwasanaeth" column was not taken for the service. Its answers and its
     * headings now tell its language; --language en then gives English results with the same figures.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_welsh_sheet_headed_by_ids_scores_in_welsh_without_being_told(boolean numbers) throws IOException {
        Path sheet = filledSheet("cy", numbers);
        CliTest.Run welsh =
                CliTest.run("score", sheet.toString(), "--strict", "--min-group-size", "1", "--format", "json");
        assertThat(welsh.code()).as(welsh.err()).isZero();
        assertThat(welsh.out()).contains("\"language\" : \"cy\"").contains("Riverside");
        CliTest.Run english = CliTest.run(
                "score", sheet.toString(), "--strict", "--min-group-size", "1", "--format", "csv", "--language", "en");
        assertThat(english.code()).as(english.err()).isZero();
        CliTest.Run englishSheet = CliTest.run(
                "score", filledSheet("en", numbers).toString(), "--strict", "--min-group-size", "1", "--format", "csv");
        assertThat(english.out()).isEqualTo(englishSheet.out());
    }

    /** The template in a language, filled in as its guide says: labels (or, with numbers, the numbers after them). */
    private Path filledSheet(String language, boolean numbers) throws IOException {
        Questionnaire questionnaire = Catalogue.inLanguage(BUILT_IN, language);
        Path sheet = dir.resolve("survey-" + language + (numbers ? "-numbers" : "") + ".csv");
        assertThat(CliTest.run("template", "--language", language, "-o", sheet.toString())
                        .code())
                .isZero();
        StringBuilder filled = new StringBuilder(Files.readString(sheet));
        assertThat(filled.toString()).startsWith(language.equals("cy") ? "Gwasanaeth,Rôl," : "Service,Role,");
        for (int respondent = 0; respondent < 6; respondent++) {
            List<String> row = new ArrayList<>(List.of("Riverside", respondent % 2 == 0 ? "Staff" : "Member"));
            for (Question question : questionnaire.questions()) {
                AnswerSet set = questionnaire.answerSetOf(question);
                int pick = (respondent + row.size()) % (set.options().size() + 1);
                row.add(
                        pick == set.options().size()
                                ? "DK"
                                : respondent % 2 == 0 && !numbers
                                        ? set.options().get(pick).label()
                                        : Figures.format(set.options().get(pick).value()));
            }
            filled.append(String.join(
                            ",", row.stream().map(cell -> "\"" + cell + "\"").toList()))
                    .append('\n');
        }
        Files.writeString(sheet, filled);
        return sheet;
    }
}
