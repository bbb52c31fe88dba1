package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A mixed team's survey: the same answers collected by a Google Form built in Welsh and by one built in English
 * (examples/exports/make_welsh_export.py writes both). coprod must find the Welsh form's questions, service and role
 * columns without being told, report it in Welsh, and give the same figures for both.
 */
class WelshExportTest {
    private static final String WELSH = "examples/exports/google-forms-cymraeg.csv";
    private static final String ENGLISH = "examples/exports/google-forms-cymraeg-english.csv";
    /** The names in the Welsh report's rows that are not the services' own: the roles, and the row for everyone. */
    private static final Map<String, String> NAMES_IN_ENGLISH = Map.of(
            "Aelod o staff",
            "Staff member",
            "Person sy'n defnyddio'r gwasanaeth",
            "Person who uses the service",
            "Pob ymatebydd",
            "All respondents");

    @Test
    void a_welsh_export_gives_the_figures_of_the_same_answers_in_english() throws IOException {
        List<CSVRecord> welsh = rows(CliTest.run("score", WELSH, "--format", "csv"));
        List<CSVRecord> english = rows(CliTest.run("score", ENGLISH, "--format", "csv"));

        assertThat(figuresByGroup(welsh, NAMES_IN_ENGLISH))
                .hasSize(english.size())
                .hasSizeGreaterThan(4)
                .isEqualTo(figuresByGroup(english, Map.of()));
        assertThat(welsh.stream().map(r -> r.get("role")))
                .contains("Aelod o staff", "Person sy'n defnyddio'r gwasanaeth");
    }

    /** Each service's and role's figures, the Welsh names given in English so that the two files' rows meet. */
    private static Map<String, List<String>> figuresByGroup(List<CSVRecord> rows, Map<String, String> names) {
        Map<String, List<String>> figures = new TreeMap<>();
        for (CSVRecord row : rows) {
            String service = names.getOrDefault(row.get("service"), row.get("service"));
            String role = names.getOrDefault(row.get("role"), row.get("role"));
            figures.put(service + " / " + role, numbers(row));
        }
        assertThat(figures.values()).allSatisfy(cells -> assertThat(cells).isNotEmpty());
        return figures;
    }

    @Test
    void a_welsh_export_is_reported_in_welsh_with_no_problem_and_no_column_left_unread() {
        CliTest.Run run = CliTest.run("score", WELSH, "--width", "100");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .containsIgnoringCase("Pob gwasanaeth ar yr olwg gyntaf")
                .contains("Canolfan Deulu Llanrwst")
                .contains("Panel Tenantiaid Cartrefi Wrecsam")
                .doesNotContainIgnoringCase("All services at a glance");
        assertThat(run.err()).doesNotContainIgnoringCase("warning").doesNotContain("rhybudd");
    }

    private static List<CSVRecord> rows(CliTest.Run run) throws IOException {
        assertThat(run.code()).as(run.err()).isZero();
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(run.out()))
                .getRecords();
    }

    /** The cells of a row that are figures: everything but the words, which are in each form's language. */
    private static List<String> numbers(CSVRecord row) {
        List<String> figures = new ArrayList<>();
        for (String cell : row) {
            if (cell.matches("-?\\d+(\\.\\d+)?")) {
                figures.add(cell);
            }
        }
        return figures;
    }
}
