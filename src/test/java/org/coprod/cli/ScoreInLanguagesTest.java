package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey results in the language asked for, whatever the export's language, and in two languages at once: the same
 * answers collected by a Google Form built in Welsh and by one built in English score once, to the same figures, and
 * are reported in the words of the language asked for.
 */
class ScoreInLanguagesTest {
    private static final String WELSH = "examples/exports/google-forms-cymraeg.csv";
    private static final String ENGLISH = "examples/exports/google-forms-cymraeg-english.csv";
    /** The roles are answers to the form's question, so each form writes them in its own language. */
    private static final Map<String, String> ROLES_IN_ENGLISH = Map.of(
            "Aelod o staff", "Staff member", "Person sy'n defnyddio'r gwasanaeth", "Person who uses the service");

    private static final String WELSH_HEADING = "POB GWASANAETH AR YR OLWG GYNTAF";
    private static final String ENGLISH_HEADING = "ALL SERVICES AT A GLANCE";
    private static final String WELSH_VERDICT = "Hunandrefnus";
    private static final String ENGLISH_VERDICT = "Self-organised";

    @Test
    void an_english_export_is_reported_in_welsh_when_welsh_is_asked_for() {
        String text = succeeded(CliTest.run("score", ENGLISH, "--language", "cy", "--width", "100"));

        assertThat(text).contains(WELSH_HEADING, WELSH_VERDICT).doesNotContain(ENGLISH_HEADING, ENGLISH_VERDICT);
    }

    @Test
    void a_welsh_export_is_reported_in_english_when_english_is_asked_for() {
        String text = succeeded(CliTest.run("score", WELSH, "--language", "en", "--width", "100"));

        assertThat(text).contains(ENGLISH_HEADING, ENGLISH_VERDICT).doesNotContain(WELSH_HEADING, WELSH_VERDICT);
    }

    @Test
    void without_a_language_the_results_are_in_the_exports_own() {
        assertThat(succeeded(CliTest.run("score", WELSH, "--width", "100")))
                .contains(WELSH_HEADING)
                .doesNotContain(ENGLISH_HEADING);
        assertThat(succeeded(CliTest.run("score", ENGLISH, "--width", "100")))
                .contains(ENGLISH_HEADING)
                .doesNotContain(WELSH_HEADING);
    }

    @Test
    void the_same_answers_give_the_same_results_word_for_word_in_the_language_asked_for() throws IOException {
        for (String language : List.of("cy", "en")) {
            assertThat(rowsByGroup(csv(WELSH, "--language", language)))
                    .as(language)
                    .hasSizeGreaterThan(4)
                    .isEqualTo(rowsByGroup(csv(ENGLISH, "--language", language)));
        }
    }

    /** With no service column, every row is one group, which the scoring names: the report names it in its language. */
    @Test
    void the_group_coprod_names_itself_is_named_in_the_language_asked_for(@TempDir Path dir) throws IOException {
        Path noServiceColumn = dir.resolve("no-service-column.csv");
        StringBuilder rows = new StringBuilder();
        for (CSVRecord row : CSVFormat.DEFAULT.parse(Files.newBufferedReader(Path.of(ENGLISH)))) {
            List<String> cells = new ArrayList<>(List.of(row.values()));
            cells.remove(1);
            org.coprod.report.Csv.row(rows, cells);
        }
        Files.writeString(noServiceColumn, rows);

        List<CSVRecord> results = csv(noServiceColumn.toString(), "--language", "cy");
        assertThat(results.stream().map(row -> row.get("service"))).containsOnly("Pob ymatebydd");
        assertThat(succeeded(CliTest.run("score", noServiceColumn.toString(), "--language", "cy", "-f", "markdown")))
                .contains("Pob ymatebydd")
                .doesNotContain("All respondents");
    }

    @Test
    void the_per_respondent_rows_name_bands_and_verdicts_in_the_language_asked_for(@TempDir Path dir)
            throws IOException {
        Path fromEnglish = dir.resolve("from-english.csv");
        Path fromWelsh = dir.resolve("from-welsh.csv");
        succeeded(CliTest.run(
                "score", ENGLISH, "--language", "cy", "-f", "csv", "--per-respondent", fromEnglish.toString()));
        succeeded(CliTest.run("score", WELSH, "-f", "csv", "--per-respondent", fromWelsh.toString()));

        assertThat(withoutFileAndRole(fromEnglish))
                .contains(WELSH_VERDICT)
                .doesNotContain(ENGLISH_VERDICT)
                .isEqualTo(withoutFileAndRole(fromWelsh));
    }

    /** The rows of a per-respondent file, without the file's name and the role, which each form words itself. */
    private static List<String> withoutFileAndRole(Path rows) throws IOException {
        List<String> cells = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT.parse(Files.newBufferedReader(rows))) {
            List<String> values = new ArrayList<>(List.of(row.values()));
            values.remove(3);
            values.remove(0);
            cells.addAll(values);
        }
        return cells;
    }

    @Test
    void two_languages_are_written_one_after_the_other_welsh_first_in_markdown_text_and_html() throws Exception {
        String markdown = succeeded(CliTest.run("score", ENGLISH, "--language", "cy,en", "-f", "markdown"));
        assertThat(markdown).startsWith("# Cymraeg\n");
        assertThat(markdown.indexOf("Pob gwasanaeth ar yr olwg gyntaf"))
                .isPositive()
                .isLessThan(markdown.indexOf("\n# English\n"))
                .isLessThan(markdown.indexOf("All services at a glance"));

        String text = succeeded(CliTest.run("score", ENGLISH, "--language", "cy,en", "--width", "100"));
        assertThat(text).startsWith("Cymraeg\n");
        assertThat(text.indexOf(WELSH_HEADING))
                .isLessThan(text.indexOf("\nEnglish\n"))
                .isPositive();
        assertThat(text.indexOf("\nEnglish\n")).isLessThan(text.indexOf(ENGLISH_HEADING));

        String html = succeeded(CliTest.run("score", WELSH, "--language", "cy,en", "-f", "html"));
        assertThat(html.indexOf("<section lang=\"cy\" id=\"cy\">"))
                .isPositive()
                .isLessThan(html.indexOf("<section lang=\"en\" id=\"en\">"));
        assertThat(html).contains("id=\"cy-overview\"", "id=\"en-overview-sort-hint\"");
        assertThat(html.split("<script>", -1)).as("the sorting script, once").hasSize(2);
        assertThat(duplicateIds(html)).isEmpty();
        assertThat(ReportFormatsTest.xml(html).getElementsByTagName("section").getLength())
                .as("the page is well-formed, with a section per language")
                .isEqualTo(2);
    }

    @Test
    void json_in_two_languages_says_which_each_part_is_in_and_matches_the_schema() throws Exception {
        JsonNode both = new ObjectMapper()
                .readTree(succeeded(CliTest.run("score", WELSH, "--language", "cy,en", "-f", "json")));
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs", "report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        assertThat(schema.validate(both)).isEmpty();
        JsonNode english = both.get("translations").get(0);
        assertThat(schema.validate(english)).isEmpty();

        assertThat(both.get("language").asText()).isEqualTo("cy");
        assertThat(both.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(english.get("language").asText()).isEqualTo("en");
        JsonNode welshService = both.get("services").get(0);
        JsonNode englishService = english.get("services").get(0);
        assertThat(welshService.get("verdict").get("label").asText()).isEqualTo(WELSH_VERDICT);
        assertThat(englishService.get("verdict").get("label").asText()).isEqualTo(ENGLISH_VERDICT);
        assertThat(englishService.get("verdict").get("id"))
                .isEqualTo(welshService.get("verdict").get("id"));
        assertThat(englishService.get("sections")).hasSameSizeAs(welshService.get("sections"));
        for (int s = 0; s < welshService.get("sections").size(); s++) {
            assertThat(englishService.get("sections").get(s).get("mean"))
                    .isEqualTo(welshService.get("sections").get(s).get("mean"));
        }
        assertThat(english.get("everyone").get("average"))
                .isEqualTo(both.get("everyone").get("average"));
    }

    /**
     * Found by review: comparing the results of a Welsh form with those of the same answers to an English one said
     * every verdict had moved ("from Hunandrefnus to Self-organised"), as verdicts were compared by their names.
     */
    @Test
    void results_in_welsh_and_in_english_compare_by_verdict_not_by_its_name(@TempDir Path dir) throws IOException {
        Path welsh = jsonResults(WELSH, dir.resolve("cymraeg.json"));
        Path english = jsonResults(ENGLISH, dir.resolve("english.json"));

        JsonNode comparison = new ObjectMapper()
                .readTree(succeeded(CliTest.run("compare", welsh.toString(), english.toString(), "-f", "json")));

        assertThat(comparison.get("services")).isNotEmpty();
        for (JsonNode service : comparison.get("services")) {
            assertThat(service.get("verdictChanged").asBoolean())
                    .as(service.toString())
                    .isFalse();
            assertThat(service.get("verdictBefore"))
                    .as("named in the report's language")
                    .isEqualTo(service.get("verdictAfter"));
        }
        assertThat(comparison.toString()).contains(ENGLISH_VERDICT).doesNotContain(WELSH_VERDICT);
    }

    /**
     * Found by trying it: results of an export answered to version 1.0, which has no Welsh translation, said in Welsh
     * that its questions were "yn English"; each language is now named in the sentence's own language. (And the note
     * says the whole report is in English, as it is, not only the questions and advice.)
     */
    @Test
    void the_note_on_a_missing_translation_names_each_language_in_the_sentences_own() {
        String older = "examples/exports/google-forms.csv";
        assertThat(succeeded(CliTest.run("score", older, "--language", "cy", "--width", "120")))
                .contains("Nid oes cyfieithiad Cymraeg o'r holiadur 'six-principles' 1.0, felly mae'r adroddiad hwn yn"
                        + " Saesneg.")
                .doesNotContain("yn English");
    }

    /**
     * Found by trying it as a new user: the Welsh heading of a role gap read "a Aelod o staff" (Welsh writes "ac"
     * before a vowel), and an answer that could not be read was described in English in the Welsh report.
     */
    @Test
    void roles_are_joined_and_unreadable_answers_described_in_welsh(@TempDir Path dir) throws IOException {
        Path misspelt = dir.resolve("misspelt.csv");
        Files.writeString(misspelt, Files.readString(Path.of(WELSH)).replaceFirst("Weithiau", "Weithau"));

        String text = succeeded(CliTest.run("score", misspelt.toString(), "--language", "cy", "--width", "120"));

        assertThat(text).contains("ac Aelod o staff yn gweld pethau'n wahanol").doesNotContain(" a Aelod");
        assertThat(text).contains("nid yw 'Weithau' yn ateb i gwestiwn").doesNotContain("is not an answer");
    }

    /**
     * Found by trying it as a new user: the Welsh export saved from Excel as Windows-1252 turns "grŵp" into "gr?p", so
     * a question's column and the service column were no longer found, both services were scored as one and the
     * results said there were no problems. Such a file is now refused, naming a heading that lost a letter.
     */
    @Test
    void a_welsh_export_saved_as_windows_1252_with_letters_lost_is_refused(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("cymraeg-1252.csv");
        Files.write(saved, Files.readString(Path.of(WELSH)).getBytes(java.nio.charset.Charset.forName("windows-1252")));

        CliTest.Run run = CliTest.run("score", saved.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .startsWith("coprod: " + saved + ": letters in its headings were lost when it was saved, such as 'gr?p'"
                        + " in 'Yn ystod y flwyddyn ddiwethaf,")
                .contains("Save it again as \"CSV UTF-8\"");
        assertThat(run.err().lines()).hasSize(1);
    }

    /**
     * Found by trying it as a new user: two Welsh results were compared in English, as results did not say their
     * language; they now do, and a comparison is in the later round's language unless --language says otherwise.
     */
    @Test
    void results_say_their_language_and_welsh_results_compare_in_welsh(@TempDir Path dir) throws IOException {
        Path welsh = jsonResults(WELSH, dir.resolve("cymraeg.json"));
        Path english = jsonResults(ENGLISH, dir.resolve("english.json"));
        assertThat(new ObjectMapper().readTree(welsh.toFile()).get("language").asText())
                .isEqualTo("cy");
        assertThat(new ObjectMapper().readTree(english.toFile()).get("language").asText())
                .isEqualTo("en");

        String inWelsh = succeeded(CliTest.run("compare", english.toString(), welsh.toString(), "--width", "100"));
        String inEnglish = succeeded(CliTest.run("compare", welsh.toString(), english.toString(), "--width", "100"));

        assertThat(inWelsh).contains(WELSH_VERDICT).doesNotContain(ENGLISH_VERDICT);
        assertThat(inEnglish).contains(ENGLISH_VERDICT).doesNotContain(WELSH_VERDICT);
    }

    @Test
    void csv_in_two_languages_has_each_languages_rows_marked_with_their_language() throws IOException {
        List<CSVRecord> both = csv(WELSH, "--language", "cy,en");
        List<CSVRecord> welsh = csv(WELSH, "--language", "cy");
        List<CSVRecord> english = csv(WELSH, "--language", "en");

        assertThat(both).hasSize(welsh.size() + english.size());
        for (int i = 0; i < both.size(); i++) {
            boolean inWelsh = i < welsh.size();
            CSVRecord alone = inWelsh ? welsh.get(i) : english.get(i - welsh.size());
            assertThat(both.get(i).get("language")).isEqualTo(inWelsh ? "cy" : "en");
            assertThat(cellsAfterLanguage(both.get(i))).isEqualTo(alone.values());
        }
    }

    private static String[] cellsAfterLanguage(CSVRecord row) {
        String[] values = row.values();
        return java.util.Arrays.copyOfRange(values, 1, values.length);
    }

    /** Each service's and role's row, whole, the roles named in English so that the two forms' rows meet. */
    private static Map<String, List<String>> rowsByGroup(List<CSVRecord> rows) {
        Map<String, List<String>> byGroup = new TreeMap<>();
        for (CSVRecord row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.values()));
            cells.set(1, ROLES_IN_ENGLISH.getOrDefault(row.get("role"), row.get("role")));
            byGroup.put(cells.get(0) + " / " + cells.get(1), cells);
        }
        return byGroup;
    }

    private static List<CSVRecord> csv(String export, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("score", export, "--format", "csv"));
        args.addAll(List.of(options));
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(succeeded(CliTest.run(args.toArray(String[]::new)))))
                .getRecords();
    }

    /** The export's results, written as JSON to {@code file}. */
    private static Path jsonResults(String export, Path file) {
        succeeded(CliTest.run("score", export, "-f", "json", "-o", file.toString()));
        return file;
    }

    private static String succeeded(CliTest.Run run) {
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    private static List<String> duplicateIds(String html) {
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        List<String> seen = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        while (ids.find()) {
            (seen.contains(ids.group(1)) ? twice : seen).add(ids.group(1));
        }
        return twice;
    }
}
