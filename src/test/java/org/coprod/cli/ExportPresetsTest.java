package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every sample export in examples/exports scores without hand editing, and all of them give the same figures. */
class ExportPresetsTest {
    private static final String SERVICE = "Which service are you answering about?";
    private static final String ROLE = "Which best describes you?";

    private static JsonNode score(String file, String service, String role) throws Exception {
        CliTest.Run run = CliTest.run(
                "score", "examples/exports/" + file, "--group-by", service, "--role", role, "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).as(file).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    private static String figures(JsonNode result) {
        StringBuilder text = new StringBuilder();
        for (JsonNode service : result.get("services")) {
            text.append(service.get("respondents"))
                    .append(' ')
                    .append(service.path("verdict").path("id"))
                    .append(' ')
                    .append(service.path("sections"))
                    .append('\n');
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "google-forms.csv|Google Forms",
                "microsoft-forms.csv|Microsoft Forms (saved from Excel)",
                "microsoft-forms-unicode.txt|Microsoft Forms (saved from Excel)",
                "surveymonkey.csv|SurveyMonkey",
                "qualtrics.csv|Qualtrics"
            })
    void each_tool_export_reads_fully_and_gives_the_same_figures(String file, String tool) throws Exception {
        JsonNode result = score(file, SERVICE, ROLE);
        JsonNode read = result.get("files").get(0);
        assertThat(read.get("madeBy").asText()).isEqualTo(tool);
        assertThat(read.get("rowsRead").asInt()).isEqualTo(30);
        assertThat(read.get("rowsWithProblems").asInt()).isZero();
        assertThat(read.get("questionsFound").asInt()).isEqualTo(36);
        assertThat(result.get("problems").get("count").asInt()).isZero();
        assertThat(figures(result)).isEqualTo(figures(score("google-forms.csv", SERVICE, ROLE)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "limesurvey.csv|service|role|LimeSurvey",
                "kobo.csv|service_info/service|service_info/role|KoboToolbox"
            })
    void code_exports_read_fully(String file, String service, String role, String tool) throws Exception {
        JsonNode result = score(file, service, role);
        JsonNode read = result.get("files").get(0);
        assertThat(read.get("madeBy").asText()).isEqualTo(tool);
        assertThat(read.get("questionsFound").asInt()).isEqualTo(36);
        assertThat(result.get("problems").get("count").asInt()).isZero();
        assertThat(result.get("respondents").asInt()).isEqualTo(30);
        assertThat(result.get("services")).hasSize(3);
    }

    @org.junit.jupiter.api.Test
    void the_damaged_export_reports_its_three_bad_rows() {
        CliTest.Run run = CliTest.run(
                "score",
                "examples/exports/bad-rows.csv",
                "--group-by",
                SERVICE,
                "--role",
                ROLE,
                "--format",
                "markdown");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("'Offen' is not an answer")
                .contains("the number 7 is out of range")
                .contains("the row has 32 fields");
        assertThat(run.err()).contains("3 answers could not be read");
    }
}
