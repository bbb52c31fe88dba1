package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grids (matrix questions) read as the tools export them, with no editing: each grid row is matched to a question by
 * its statement, whatever the grid's title. The files in src/test/resources/exports hold the same six respondents to
 * questionnaires/grid.yaml, whose questions are the rows of three grids. Their shapes come from the tools' own
 * writers and documentation, not from what coprod reads:
 * <ul>
 * <li>{@code google-forms-grid.csv}: Google Forms' "Download responses (.csv)", where a multiple-choice grid gives one
 * column per row headed {@code Title [Row]} (Google Forms help, "View & manage form responses"), Timestamp first.
 * <li>{@code qualtrics-matrix.csv}: Qualtrics' "Download data" CSV with choice text: three header rows (short names
 * such as {@code Q3_1} for a matrix table's rows, then {@code Title - Statement}, then {@code {"ImportId":"QID3_1"}}),
 * as Qualtrics' "Understanding your dataset" page describes and as Qualtrics-reading packages (qualtRics' read_survey,
 * which skips the ImportId row) expect.
 * <li>{@code limesurvey-array-*.csv}: LimeSurvey's "Export results" CSV writer (application/helpers/admin/export/
 * Writer.php and CsvWriter.php): headings as question code ({@code G02Q03[SQ001]}, the subquestion code in brackets),
 * as full text ({@code Question [Subquestion]}, with "Response ID", "Date submitted"... for the metadata) or as code
 * and text joined by the default ". "; every field quoted, CRLF line ends, a byte-order mark.
 * </ul>
 */
class GridExportsTest {
    static final String GRID = "src/test/resources/questionnaires/grid.yaml";
    static final String EXPORTS = "src/test/resources/exports/";

    static JsonNode score(String... more) throws Exception {
        return scoreWith(GRID, more);
    }

    /** The JSON result of scoring with a questionnaire, every group shown (each service here has three respondents). */
    static JsonNode scoreWith(String questionnaire, String... more) throws Exception {
        List<String> args = new ArrayList<>(
                List.of("score", "--questionnaire", questionnaire, "--format", "json", "--min-group-size", "1"));
        args.addAll(List.of(more));
        CommandLine.Run run = CommandLine.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    static String figures(JsonNode result) {
        StringBuilder text = new StringBuilder();
        for (JsonNode service : result.get("services")) {
            assertThat(service.path("sections").size()).as("figures shown").isPositive();
            text.append(service.get("name"))
                    .append(' ')
                    .append(service.get("respondents"))
                    .append(' ')
                    .append(service.path("sections"))
                    .append('\n');
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "google-forms-grid.csv",
                "qualtrics-matrix.csv",
                "limesurvey-array-text.csv",
                "limesurvey-array-code-and-text.csv"
            })
    void every_grid_row_is_matched_by_its_statement(String file) throws Exception {
        JsonNode result = score(EXPORTS + file);
        JsonNode read = result.get("files").get(0);
        assertThat(read.get("questionsFound").asInt()).isEqualTo(10);
        assertThat(read.get("questionsWithoutColumn")).isEmpty();
        assertThat(result.get("problems").get("count").asInt()).isZero();
        assertThat(result.get("respondents").asInt()).isEqualTo(6);
        assertThat(figures(result)).isEqualTo(figures(score(EXPORTS + "google-forms-grid.csv")));
    }

    @Test
    void a_qualtrics_matrix_is_told_from_its_three_header_rows() throws Exception {
        assertThat(score(EXPORTS + "qualtrics-matrix.csv")
                        .get("files")
                        .get(0)
                        .get("madeBy")
                        .asText())
                .isEqualTo("Qualtrics");
    }

    @Test
    void grid_columns_headed_by_codes_are_named_in_a_mapping_file_by_the_code_or_the_qualtrics_import_id(
            @TempDir Path dir) throws Exception {
        Path limesurvey = dir.resolve("limesurvey.yaml");
        Files.writeString(limesurvey, """
                columns:
                  G02Q03[SQ001]: a1
                  G02Q03[SQ002]: a2
                  G02Q03[SQ003]: a3
                  G02Q03[SQ004]: a4
                  G03Q04[SQ001]: b1
                  G03Q04[SQ002]: b2
                  G04Q05[SQ001]: c1
                  G04Q05[SQ002]: c2
                  G04Q05[SQ003]: c3
                  G04Q05[SQ004]: c4
                """);
        String expected = figures(score(EXPORTS + "google-forms-grid.csv"));
        assertThat(figures(score(
                        EXPORTS + "limesurvey-array-codes.csv",
                        "--mapping",
                        limesurvey.toString(),
                        "--group-by",
                        "G01Q01",
                        "--role",
                        "G01Q02")))
                .isEqualTo(expected);
        Path qualtrics = dir.resolve("qualtrics.yaml");
        Files.writeString(qualtrics, """
                columns:
                  QID3_1: a1
                  QID3_2: a2
                  QID3_3: a3
                  QID3_4: a4
                  QID4_1: b1
                  QID4_2: b2
                  QID5_1: c1
                  QID5_2: c2
                  QID5_3: c3
                  QID6: c4
                """);
        assertThat(figures(score(
                        EXPORTS + "qualtrics-matrix.csv",
                        "--mapping",
                        qualtrics.toString(),
                        "--group-by",
                        "Q1",
                        "--role",
                        "Q2")))
                .isEqualTo(expected);
    }

    @Test
    void a_matrix_heading_whose_statement_could_be_two_questions_is_reported_with_both() {
        CommandLine.Run run =
                CommandLine.run("score", "--questionnaire", GRID, EXPORTS + "qualtrics-matrix-ambiguous.csv");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .contains("column 22 (headed 'About the service - Views - Staff ask for our views') could be"
                        + " question 'c3' or 'c4', so coprod will not guess which.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void two_questions_with_the_same_text_are_not_guessed_between(@TempDir Path dir) throws Exception {
        Path twins = dir.resolve("twins.yaml");
        Files.writeString(
                twins,
                Files.readString(Path.of(GRID))
                        .replace("text: Views - Staff ask for our views", "text: Staff listen to what I say"));
        CommandLine.Run run =
                CommandLine.run("score", "--questionnaire", twins.toString(), EXPORTS + "google-forms-grid.csv");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .contains("(headed 'How often is this true? [Staff listen to what I say]') could be question"
                        + " 'a1' or 'c4'");
    }
}
