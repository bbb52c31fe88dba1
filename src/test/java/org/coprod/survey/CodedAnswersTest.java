package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.survey.GridExportsTest.EXPORTS;
import static org.coprod.survey.GridExportsTest.GRID;
import static org.coprod.survey.GridExportsTest.figures;
import static org.coprod.survey.GridExportsTest.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers exported as codes, through the command line. The files in src/test/resources/exports hold the same six
 * respondents as the grid files (see {@link GridExportsTest}); each answer's code is its place among the choices, as
 * the tools write them:
 * <ul>
 * <li>{@code qualtrics-numeric.csv}: Qualtrics' "Download data" with "Use numeric values": each choice's recode value,
 * by default its place (Qualtrics help, "Recode values"), so "Not applicable" and "Don't know" added after a five-point
 * scale are 6 and 7, and the service and role questions are 1 and 2 too.
 * <li>{@code limesurvey-3-answer-codes.csv}: LimeSurvey 2 and 3, "Answer codes" with "Question code" headings: the
 * default answer codes A1, A2... (the "lime_answers" table's codes), here with A6 and A7 added for N/A and Don't know.
 * <li>{@code limesurvey-6-answer-codes.csv}: LimeSurvey 5 and 6, whose default answer codes are AO01, AO02... (as in a
 * LimeSurvey 5 database dump's "lime_answers" rows), with full-text headings ("Response ID", "Date submitted"...).
 * <li>{@code limesurvey-own-codes.csv}: the same, where the survey's author typed codes of their own (L1 to L5).
 * <li>{@code kobo-dont-know.csv}: KoboToolbox "XML values and headers", whose form builder names a choice from its
 * label, so "Don't know" is {@code don_t_know}.
 * </ul>
 */
class CodedAnswersTest {
    private static final String MAPPING_NAMES = """
            services:
              "%1$s": Riverside
              "%2$s": Northgate
            roles:
              "%1$s": Staff member
              "%2$s": Person who uses the service
            """;

    @Test
    void qualtrics_numbers_read_with_their_codes_for_not_applicable_and_dont_know_and_names_for_services(
            @TempDir Path dir) throws Exception {
        Path names = dir.resolve("names.yaml");
        Files.writeString(names, MAPPING_NAMES.formatted("1", "2").replace("roles:", "columns: {}\nroles:"));
        JsonNode result = score(
                EXPORTS + "qualtrics-numeric.csv",
                "--not-applicable-codes",
                "6",
                "--dont-know-codes",
                "7",
                "--mapping",
                names.toString(),
                "--group-by",
                "Q1",
                "--role",
                "Q2");
        assertThat(result.get("problems").get("count").asInt()).isZero();
        assertThat(figures(result)).isEqualTo(figures(score(EXPORTS + "google-forms-grid.csv")));
    }

    @Test
    void a_qualtrics_code_after_the_scale_is_a_problem_that_says_so_and_bare_codes_are_pointed_out() {
        CommandLine.Run run = CommandLine.run("score", "--questionnaire", GRID, EXPORTS + "qualtrics-numeric.csv");
        assertThat(run.code()).isZero();
        assertThat(run.err())
                .contains("'6' is a code after the 5 answers of question 'c4': Qualtrics gives choices added"
                        + " after a scale, such as Not applicable and Don't know, the codes that follow it.");
        assertThat(run.err()).contains("2 answers could not be read");
        assertThat(run.err())
                .contains("qualtrics-numeric.csv: the services are codes ('1' and '2'), so the report names"
                        + " them by their codes. Give each its name in a mapping file (--mapping) under 'services:'");
        assertThat(run.err()).contains("the roles are codes ('1' and '2')");
        assertThat(run.err())
                .as("No, Partly, Yes are valued 0 to 2 but numbered 1 to 3")
                .contains(
                        "Qualtrics numbers"
                                + " the choices of a question by their place, so the numbers given for question 'b1' (and any with the"
                                + " same answers) are read that way, 1 being 'No', although the questionnaire's values are 0, 1 and 2.");
    }

    @Test
    void limesurvey_3_codes_with_everything_in_the_mapping_file(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("limesurvey.yaml");
        Files.writeString(mapping, """
                service: G01Q01
                role: G01Q02
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
                notApplicable: [A6]
                dontKnow: [A7]
                """ + MAPPING_NAMES.formatted("A1", "A2"));
        JsonNode result = score(EXPORTS + "limesurvey-3-answer-codes.csv", "--mapping", mapping.toString());
        assertThat(result.get("files").get(0).get("madeBy").asText()).isEqualTo("LimeSurvey");
        assertThat(result.get("problems").get("count").asInt()).isZero();
        assertThat(figures(result)).isEqualTo(figures(score(EXPORTS + "google-forms-grid.csv")));
    }

    @Test
    void limesurvey_6_default_codes_are_read_as_the_options_in_order() throws Exception {
        CommandLine.Run run = CommandLine.run(
                "score",
                "--questionnaire",
                GRID,
                EXPORTS + "limesurvey-6-answer-codes.csv",
                "--format",
                "json",
                "--min-group-size",
                "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("'AO06' is a code after the 5 answers of question 'c4': LimeSurvey gives")
                .contains("the services are codes ('AO01' and 'AO02')");
        JsonNode result = score(
                EXPORTS + "limesurvey-6-answer-codes.csv",
                "--not-applicable-codes",
                "AO06",
                "--dont-know-codes",
                "ao07");
        assertThat(result.get("files").get(0).get("madeBy").asText())
                .as("told by 'Date submitted' and 'Last page'")
                .isEqualTo("LimeSurvey");
        assertThat(result.get("problems").get("count").asInt()).isZero();
        assertThat(result.get("everyone"))
                .isEqualTo(score(EXPORTS + "google-forms-grid.csv").get("everyone"));
    }

    @Test
    void answers_that_are_codes_nothing_explains_stop_coprod_instead_of_an_empty_report() {
        CommandLine.Run run = CommandLine.run("score", "--questionnaire", GRID, EXPORTS + "limesurvey-own-codes.csv");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("limesurvey-own-codes.csv: 59 of the file's 59 answers are not answers that coprod"
                        + " can read (such as 'L4', 'L3' and 'L5'), so its report would be empty or wrong.");
    }

    @Test
    void kobo_dont_know_named_from_its_label_is_dont_know() throws Exception {
        JsonNode result = score(EXPORTS + "kobo-dont-know.csv");
        assertThat(result.get("files").get(0).get("madeBy").asText()).isEqualTo("KoboToolbox");
        assertThat(result.get("problems").get("count").asInt()).isZero();
        assertThat(result.get("everyone"))
                .isEqualTo(score(EXPORTS + "google-forms-grid.csv").get("everyone"));
    }

    /** Found by a review: code 3 given as "not applicable" turned every Sometimes into a non-answer, with exit 0. */
    @Test
    void a_code_that_is_already_an_answer_on_the_scale_is_refused() {
        CommandLine.Run run = CommandLine.run(
                "score", "--questionnaire", GRID, EXPORTS + "qualtrics-numeric.csv", "--not-applicable-codes", "3");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .contains("--not-applicable-codes: the code '3' is already an answer on the questionnaire's scale");
    }

    @Test
    void a_code_given_for_both_not_applicable_and_dont_know_is_refused(@TempDir Path dir) throws Exception {
        CommandLine.Run run = CommandLine.run(
                "score",
                "--questionnaire",
                GRID,
                EXPORTS + "qualtrics-numeric.csv",
                "--not-applicable-codes",
                "6",
                "--dont-know-codes",
                "6");
        assertThat(run.code())
                .as("a usage error: the command line contradicts itself")
                .isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("coprod: --not-applicable-codes and --dont-know-codes both give the code '6', but a code can"
                        + " mean only one of them: give it to one option.\n");
        Path mapping = dir.resolve("both.yaml");
        Files.writeString(mapping, "columns: {}\nnotApplicable: [A6]\ndontKnow: [A6, A7]\n");
        CommandLine.Run fromFile = CommandLine.run(
                "score",
                "--questionnaire",
                GRID,
                EXPORTS + "limesurvey-3-answer-codes.csv",
                "--mapping",
                mapping.toString());
        assertThat(fromFile.code()).isEqualTo(3);
        assertThat(fromFile.err()).contains("the code 'A6' is given for both 'notApplicable' and 'dontKnow'");
    }

    /** Found by a review: a mapping file with only codes or names was refused for having no columns. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "notApplicable: [\"6\"]\ndontKnow: [\"7\"]\n",
                "dontKnow: [\"7\"]\n",
                "services:\n  \"1\": Riverside\n",
                "roles:\n  \"1\": Staff member\n"
            })
    void a_mapping_file_may_give_only_codes_or_names(String text, @TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("codes.yaml");
        Files.writeString(mapping, text);
        CommandLine.Run run = CommandLine.run(
                "score",
                "--questionnaire",
                GRID,
                EXPORTS + "qualtrics-numeric.csv",
                "--mapping",
                mapping.toString(),
                "--format",
                "json");
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void a_mapping_file_that_says_nothing_coprod_reads_is_refused(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("empty.yaml");
        Files.writeString(mapping, "{}\n");
        CommandLine.Run run = CommandLine.run(
                "score", "--questionnaire", GRID, EXPORTS + "qualtrics-numeric.csv", "--mapping", mapping.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("the mapping file says nothing coprod reads");
    }

    /**
     * Found by the samples: with a mapping file, coprod always scored with the newest version of the built-in
     * questionnaire, so a mapping naming version 1.0's questions was refused, and one with only codes scored 4 of
     * version 1.0's 36 columns, with exit 0.
     */
    @Test
    void with_a_mapping_file_the_version_answered_is_still_told_from_the_file_and_the_mapping(@TempDir Path dir)
            throws Exception {
        Path columns = dir.resolve("columns.yaml");
        Files.writeString(columns, "columns:\n  assetsskillsasked: assets-skills-asked\n");
        Path codesOnly = dir.resolve("codes.yaml");
        Files.writeString(codesOnly, "dontKnow: [DK]\n");
        for (List<String> args : List.of(
                List.of("examples/exports/limesurvey.csv", "--mapping", columns.toString(), "--group-by", "service"),
                List.of(
                        "examples/exports/qualtrics.csv",
                        "--mapping",
                        codesOnly.toString(),
                        "--group-by",
                        "Which service are you answering about?"))) {
            List<String> command = new java.util.ArrayList<>(List.of("score", "--format", "json"));
            command.addAll(args);
            CommandLine.Run run = CommandLine.run(command.toArray(String[]::new));
            assertThat(run.code()).as(run.err()).isZero();
            JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
            assertThat(result.get("questionnaire").get("version").asText()).isEqualTo("1.0");
            assertThat(result.get("files").get(0).get("questionsFound").asInt())
                    .as("a mapping's columns are all the columns read; without columns, every heading is matched")
                    .isEqualTo(args.get(2).equals(columns.toString()) ? 1 : 36);
        }
    }

    @Test
    void services_in_a_mapping_file_must_be_lines_of_code_and_name(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("list.yaml");
        Files.writeString(mapping, "columns: {}\nservices: [A1, A2]\n");
        CommandLine.Run run = CommandLine.run(
                "score",
                "--questionnaire",
                GRID,
                EXPORTS + "limesurvey-3-answer-codes.csv",
                "--mapping",
                mapping.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .contains("'services' should be lines of 'code: name', such as \"A1: Riverside Recovery College\".");
    }
}
