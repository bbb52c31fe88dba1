package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {
    @TempDir
    Path dir;

    Path tiny;

    @BeforeEach
    void questionnaire() throws Exception {
        tiny = dir.resolve("tiny.yaml");
        Files.writeString(tiny, TestFiles.resource("questionnaires/tiny.yaml"));
    }

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private CliTest.Run score(String... args) {
        List<String> all = new ArrayList<>(List.of("score", "--questionnaire", tiny.toString()));
        all.addAll(List.of(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static JsonNode json(CliTest.Run run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode section(JsonNode group, String id) {
        for (JsonNode s : group.get("sections")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError(id);
    }

    static final String HEADER = "Service,Role,a1,a2,a3,a4,b1,b2,c1,c2,c3,c4\n";

    /** Found by a review: an export of version 1.0 with an answers file of 2.0 crashed (exit 1, index -1). */
    @Test
    void answers_of_another_version_than_the_export_are_refused_in_plain_words() {
        CliTest.Run run =
                CliTest.run("score", ExamplesTest.BATCH_EXPORT, "examples/northgate-tenants-panel-answers.yaml");
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .isEqualTo("coprod: examples/northgate-tenants-panel-answers.yaml: these answers were given to"
                        + " version 2.0 of 'six-principles', but " + ExamplesTest.BATCH_EXPORT
                        + " was answered to version 1.0,"
                        + " whose questions differ. Score each version on its own.\n");
    }

    /** An export whose headings are the questions of version 1.0 is scored with that version, and the report says so. */
    @Test
    void an_export_of_version_1_is_scored_with_version_1_and_the_report_says_a_newer_version_exists() {
        CliTest.Run run = CliTest.run("score", ExamplesTest.BATCH_EXPORT);
        assertThat(run.code()).isZero();
        assertThat(flat(run.out()))
                .contains("(version 1.0). 30 respondents")
                .contains("Note: The answers were given to version 1.0 of this questionnaire")
                .contains("A newer version, 2.0, exists");
    }

    /**
     * A question heading edited by mistake: the question counts as not answered, which stderr says, naming the column
     * close to its text; and as that heading also mentions "service", the service column is no longer the only one.
     */
    @Test
    void a_question_heading_edited_by_mistake_is_told_with_the_column_close_to_its_text() throws Exception {
        String export = Files.readString(Path.of(ExamplesTest.BATCH_EXPORT));
        Path file = csv(
                "typo.csv", export.replaceFirst("have people new to the service", "have poeple new to the service"));
        CliTest.Run run = CliTest.run("score", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err().lines())
                .containsExactly(
                        "coprod: " + file
                                + ": more than one column could name the service ('Which service are you answering about?',"
                                + " 'In the last year, how often have poeple new to the servic...'), so all its rows are scored as one"
                                + " group ('All respondents'). Name the right one with --group-by COLUMN.",
                        "coprod: " + file
                                + ": no column matches question 'assets-skills-asked', so it counts as not answered; the"
                                + " column 'In the last year, how often have poeple new to the servic...' is close to its text. If it is"
                                + " that question, correct its heading (see 'coprod template --question-text').");
        CliTest.Run grouped =
                CliTest.run("score", file.toString(), "--group-by", "Which service are you answering about?");
        assertThat(grouped.err().lines())
                .singleElement()
                .asString()
                .contains(": no column matches question 'assets-skills-asked'");
        assertThat(CliTest.run("score", ExamplesTest.BATCH_EXPORT).err()).isEmpty();
    }

    @Test
    void group_means_spreads_and_intervals_match_hand_computation() throws Exception {
        Path file = csv(
                "x.csv",
                HEADER
                        + "X,Staff,Often,Rarely,Always,N/A,Yes,Yes,5,5,5,5\n" // alpha (75 + 75 + 2x100) / 4 = 87.5
                        + "X,Staff,Never,Never,Sometimes,Often,No,No,1,1,1,1\n" // (0 + 100 + 2x50 + 75) / 5 = 55
                        + "X,Staff,Always,Always,Never,Never,Partly,,,,,\n"); // (100 + 0 + 0 + 0) / 5 = 20
        CliTest.Run run = score(file.toString(), "--format", "json", "--min-group-size", "1");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode x = json(run).get("services").get(0);
        assertThat(x.get("name").asText()).isEqualTo("X");
        assertThat(x.get("respondents").asInt()).isEqualTo(3);
        JsonNode alpha = section(x, "alpha");
        // mean (87.5 + 55 + 20) / 3 = 54.1667; sd = sqrt(2279.17 / 2) = 33.758; half-width 4.303 x 33.758 / sqrt 3 =
        // 83.87
        assertThat(alpha.get("mean").asDouble()).isCloseTo(54.17, within(0.005));
        assertThat(alpha.get("sd").asDouble()).isCloseTo(33.76, within(0.005));
        assertThat(alpha.get("ci95").get(0).asDouble()).isEqualTo(0.0);
        assertThat(alpha.get("ci95").get(1).asDouble()).isEqualTo(100.0);
        assertThat(alpha.get("band").asText()).isEqualTo("mid");
        // beta: 100, 0, and the third has b1 Partly 50 with b2 blank: 1 of 2 answered is exactly the minimum: 50
        assertThat(section(x, "beta").get("mean").asDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(section(x, "beta").get("scored").asInt()).isEqualTo(3);
    }

    @Test
    void a_bad_answer_written_over_two_lines_is_quoted_on_one_line() throws Exception {
        Path file = csv("two-lines.csv", HEADER + "X,Staff,\"Often\nor so\",2,3,4,Yes,No,1,2,3,4\n");
        CliTest.Run run = score(file.toString(), "--strict");
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .contains(file + ": row 2, column 3 (a1): 'Often or so' is not an answer to question 'a1'")
                .hasLineCount(1);
    }

    @Test
    void every_kind_of_bad_cell_is_reported_with_file_row_column_and_value() throws Exception {
        Path file = csv(
                "bad.csv",
                HEADER
                        + "X,Staff,Offen,2,3,4,Yes,No,1,2,3,4\n"
                        + "X,Staff,7,2,3,4,Yes,No,1,2,3,4\n"
                        + "X,Staff,1,2,3\n"
                        + "X,Staff,1,2,3,4,Yes,No,1,2,3,4\n");
        CliTest.Run run = score(file.toString(), "--min-group-size", "1");
        assertThat(run.code()).isZero();
        assertThat(flat(run.out()))
                .contains(
                        file + ": row 2, column 3 (a1): 'Offen' is not an answer to question 'a1'. Did you"
                                + " mean 'Often'? Allowed: Never, Rarely, Sometimes, Often, Always, Not applicable or Don't know.")
                .contains(file
                        + ": row 3, column 3 (a1): the number 7 is out of range for question 'a1'. Allowed: 1 to 5")
                .contains(
                        file
                                + ": row 4: the row has 5 fields but the header has 12; the missing ones count as not answered.")
                .contains("4 rows read, 4 used")
                .contains("3 with problems");
        assertThat(run.err())
                .startsWith(
                        "coprod: 3 answers could not be read and count as not answered (the report lists them;"
                                + " --strict stops on them). The first: " + file
                                + ": row 2, column 3 (a1): 'Offen' is not an answer to question"
                                + " 'a1'. Did you mean 'Often'? Allowed: Never, Rarely, Sometimes, Often, Always, Not applicable or Don't know.\n");

        CliTest.Run strict = score(file.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).contains("'Offen' is not an answer").doesNotContain("\tat ");
    }

    @Test
    void small_groups_show_their_count_but_not_their_scores() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            rows.append("Big,Staff,4,2,3,4,Yes,No,1,2,3,4\n");
        }
        for (int i = 0; i < 4; i++) {
            rows.append("Small,Staff,4,2,3,4,Yes,No,1,2,3,4\n");
        }
        CliTest.Run run = score(csv("groups.csv", rows.toString()).toString(), "--format", "json");
        JsonNode services = json(run).get("services");
        assertThat(services.get(0).get("name").asText()).isEqualTo("Big");
        assertThat(services.get(0).get("shown").asBoolean()).isTrue();
        assertThat(services.get(1).get("name").asText()).isEqualTo("Small");
        assertThat(services.get(1).get("respondents").asInt()).isEqualTo(4);
        assertThat(services.get(1).get("shown").asBoolean()).isFalse();
        assertThat(services.get(1).has("sections")).isFalse();
        CliTest.Run text = score(dir.resolve("groups.csv").toString());
        assertThat(flat(text.out())).contains("Small 4 - - -").contains("Not shown: fewer than 5 respondents");
    }

    @Test
    void hidden_figures_cannot_be_worked_out_by_subtraction() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 6; i++) {
            rows.append("Big,Staff,4,2,3,4,Yes,No,1,2,3,4\n");
            rows.append("Big,People,2,2,3,4,Yes,No,1,2,3,4\n");
        }
        rows.append(
                "Big,Manager,5,1,5,5,Yes,Yes,5,5,5,5\n"); // one manager: service minus the two roles would reveal them
        for (int i = 0; i < 6; i++) {
            rows.append("Other,Staff,4,2,3,4,Yes,No,1,2,3,4\n");
        }
        for (int i = 0; i < 2; i++) {
            rows.append("Tiny,Staff,1,5,1,1,No,No,1,1,1,1\n"); // everyone minus Big and Other would reveal Tiny
        }
        CliTest.Run run = score(
                csv("subtract.csv", rows.toString()).toString(),
                "--group-by",
                "Service",
                "--role",
                "Role",
                "--format",
                "json");
        JsonNode root = json(run);
        JsonNode big = root.get("services").get(0);
        assertThat(big.get("name").asText()).isEqualTo("Big");
        assertThat(big.get("shown").asBoolean()).isTrue();
        List<String> shownRoles = new ArrayList<>();
        big.get("roles").forEach(r -> {
            if (r.get("shown").asBoolean()) {
                shownRoles.add(r.get("name").asText());
            }
        });
        // Staff (6) and People (6) both have enough, but showing both leaves the one manager exposed; hiding the
        // smaller (here People, tied, so the first in order) leaves 7 unshown.
        assertThat(shownRoles).hasSize(1);
        assertThat(root.get("everyone").get("shown").asBoolean()).isFalse();

        CliTest.Run text = score(
                dir.resolve("subtract.csv").toString(),
                "--group-by",
                "Service",
                "--role",
                "Role",
                "--compare",
                "Staff,People");
        assertThat(flat(text.out()))
                .contains(
                        "besides these two groups, this service has 1 other respondent, fewer than 5, whose answers could then be worked out")
                .contains(
                        "ALL SERVICES TOGETHER Not shown: the services whose figures are hidden have between 1 and 4");
    }

    @Test
    void the_gap_between_roles_is_shown_and_large_gaps_are_marked() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            rows.append("X,Staff,5,1,5,5,Yes,Yes,5,5,5,5\n"); // alpha 100
            rows.append("X,People,3,3,3,3,Yes,Yes,5,5,5,5\n"); // alpha 50
        }
        CliTest.Run run = score(csv("roles.csv", rows.toString()).toString(), "--compare", "Staff,People");
        assertThat(run.out())
                .contains("Where Staff and People see things differently")
                .containsPattern("Alpha +100 +50 +\\+50 +LARGE GAP")
                .contains("Large gaps: Alpha (+50).");
    }

    @Test
    void the_gap_is_the_difference_of_the_unrounded_figures() throws Exception {
        // Alpha = (a1 + reversed a2 + 2 x a3 + a4) / 5 on 0-100: "4,5,1,1" gives 15, "5,5,1,1" 20, "2,5,1,1" 5,
        // "1,5,1,1" 0
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 4; i++) {
            rows.append("X,Staff,4,5,1,1,Yes,Yes,5,5,5,5\n");
        }
        rows.append("X,Staff,5,5,1,1,Yes,Yes,5,5,5,5\n".repeat(2)); // staff mean 100 / 6 = 16.67, shown 16.7
        rows.append("X,People,2,5,1,1,Yes,Yes,5,5,5,5\n");
        rows.append("X,People,1,5,1,1,Yes,Yes,5,5,5,5\n".repeat(5)); // people mean 5 / 6 = 0.83, shown 0.8
        CliTest.Run run = score(csv("rounding.csv", rows.toString()).toString(), "--compare", "Staff,People");
        // the unrounded means differ by 15.83, shown 15.8, though 16.7 - 0.8 = 15.9 (the README says so)
        assertThat(run.out()).containsPattern("Alpha +16\\.7 +0\\.8 +\\+15\\.8 +LARGE GAP");
    }

    @Test
    void utf16_tab_and_utf8_bom_semicolon_exports_read_the_same() throws Exception {
        String text = HEADER + "X,Staff,Often,2,3,4,Yes,No,1,2,3,4\n";
        Path comma = csv("plain.csv", text);
        Path utf16 = dir.resolve("unicode.txt");
        Files.write(
                utf16,
                withBom(text.replace(',', '\t'), StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}));
        Path semicolon = dir.resolve("semicolon.csv");
        Files.write(semicolon, withBom(text.replace(',', ';'), StandardCharsets.UTF_8, new byte[] {
            (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
        }));
        Path latin = dir.resolve("latin.csv");
        Files.write(
                latin, (HEADER + "Café,Staff,Often,2,3,4,Yes,No,1,2,3,4\n").getBytes(Charset.forName("windows-1252")));
        String expected = json(score(comma.toString(), "--format", "json", "--min-group-size", "1"))
                .get("services")
                .toString();
        for (Path file : List.of(utf16, semicolon)) {
            CliTest.Run run = score(file.toString(), "--format", "json", "--min-group-size", "1");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(json(run).get("services").toString()).as(file.toString()).isEqualTo(expected);
        }
        assertThat(json(score(latin.toString(), "--format", "json", "--min-group-size", "1"))
                        .get("services")
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("Café");
    }

    @Test
    void a_windows_1252_character_after_the_first_64_kb_of_utf8_is_reported_with_its_line() throws Exception {
        String rows = HEADER + "X,Staff,Often,2,3,4,Yes,No,1,2,3,4\n".repeat(3000); // 105 KB of UTF-8, lines 2 to 3001
        Path file = dir.resolve("mixed.csv");
        String last = "Café,Staff,Often,2,3,4,Yes,No,1,2,3,4\n";
        Files.write(file, withBom(rows + last, Charset.forName("windows-1252"), new byte[0]));
        CliTest.Run run = score(file.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .isEqualTo("coprod: " + file + ": the file cannot be read as UTF-8 text near line 3002; save it"
                        + " as UTF-8 (in Excel: Save As, \"CSV UTF-8\").\n");
    }

    /**
     * An export of several megabytes is read in parts on several threads (one megabyte each): a problem far into it
     * must name the row and line it is on in the whole file, counting the line breaks inside quoted cells before it.
     */
    @Test
    void problems_far_into_a_file_read_in_parts_name_their_row_and_line_in_the_whole_file() throws Exception {
        int bad = 40_000;
        StringBuilder before = new StringBuilder(HEADER);
        int lines = 1;
        for (int i = 0; i < bad; i++) {
            boolean twoLines = i % 7 == 0;
            before.append(twoLines ? "\"North\nside\"" : "South").append(",Staff,Often,2,3,4,Yes,No,1,2,3,4\n");
            lines += twoLines ? 2 : 1;
        }
        long row = bad + 2;
        long line = lines + 1;
        String after = "South,Staff,Often,2,3,4,Yes,No,1,2,3,4\n".repeat(5000);

        Path offen = csv("offen.csv", before + "South,Staff,Offen,2,3,4,Yes,No,1,2,3,4\n" + after);
        CliTest.Run strict = score(offen.toString(), "--strict");
        assertThat(strict.err()).contains(offen + ": row " + row + " (line " + line + "), column 3 (a1):");

        Path quote = csv("quote.csv", before + "South,Staff,\"Often\"x,2,3,4,Yes,No,1,2,3,4\n" + after);
        assertThat(score(quote.toString()).err())
                .contains(quote + ": row " + row + " (line " + line + ") has text straight after a closing quote");

        Path notUtf8 = dir.resolve("not-utf8.csv");
        byte[] text =
                (before + "Caf\u00e9,Staff,Often,2,3,4,Yes,No,1,2,3,4\n" + after).getBytes(StandardCharsets.UTF_8);
        int e = before.toString().getBytes(StandardCharsets.UTF_8).length + 3;
        byte[] latin = new byte[text.length - 1];
        System.arraycopy(text, 0, latin, 0, e);
        latin[e] = (byte) 0xE9; // the Windows-1252 é in place of UTF-8's two bytes
        System.arraycopy(text, e + 2, latin, e + 1, text.length - e - 2);
        Files.write(notUtf8, latin);
        assertThat(score(notUtf8.toString()).err())
                .contains(notUtf8 + ": the file cannot be read as UTF-8 text near line " + line + ";");
    }

    /**
     * A Windows-1252 export is re-encoded as it is read, by the thread that cuts it into parts: a byte that Windows-1252
     * does not define, megabytes in, stops coprod with the file and a line near it, not a stack trace or a hang.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120) // a failure lost between threads would leave the reading waiting for ever
    void a_byte_windows_1252_does_not_define_far_into_a_file_read_in_parts_is_reported_near_its_line()
            throws Exception {
        String rows = HEADER + "Caf\u00e9,Staff,Often,2,3,4,Yes,No,1,2,3,4\n".repeat(80_000); // lines 2 to 80,001
        byte[] text = (rows + "Bad,Staff,Often,2,3,4,Yes,No,1,2,3,4\n").getBytes(Charset.forName("windows-1252"));
        int b = text.length - 36; // the 'a' of "Bad", on line 80,002
        text[b] = (byte) 0x81;
        Path file = dir.resolve("windows-1252.csv");
        Files.write(file, text);

        CliTest.Run run = score(file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        Matcher near = Pattern.compile("^coprod: " + Pattern.quote(file.toString())
                        + ": the file cannot be read as windows-1252 text near line (\\d+); save it as UTF-8")
                .matcher(run.err());
        assertThat(near.find()).as(run.err()).isTrue();
        assertThat(Long.parseLong(near.group(1))).isBetween(40_000L, 80_002L); // the line where its part starts
        assertThat(run.err().lines()).hasSize(1);
    }

    /**
     * Found by a review: a problem in a cell named only its row, while a broken quote named its row and its line; after
     * a comment that runs over several lines the two differ, and the row cannot be found by its number in an editor.
     * A problem now names the line too when it differs from the row; in a later part of a long export as well.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 60_000})
    void a_problem_after_a_comment_over_several_lines_names_its_line_too(int rowsBefore) throws Exception {
        String header = "Service,Role,a1,a2,a3,a4,b1,b2,c1,c2,c3,c4,Comment\n";
        String row = "Cafe,Staff,Often,2,3,4,Yes,No,1,2,3,4,\n";
        String text = header
                + row.repeat(rowsBefore)
                + "Cafe,Staff,Offen,2,3,4,Yes,No,1,2,3,4,\n" // on its own line: its row's number is its line's
                + "Cafe,Staff,Often,2,3,4,Yes,No,1,2,3,4,\"Three\nlines\nlong\"\n"
                + "Cafe,Staff,Offen,2,3,4,Yes,No,1,2,3,4,\n";
        Path file = csv("comments.csv", text);

        CliTest.Run run = score(file.toString(), "--format", "json");

        long first = rowsBefore + 2;
        assertThat(run.out())
                .contains(file + ": row " + first + ", column 3 (a1): 'Offen' is not an answer")
                .contains(file + ": row " + (first + 2) + " (line " + (first + 4)
                        + "), column 3 (a1): 'Offen' is not an" + " answer");
    }

    /**
     * Found by a review: a quote left open in a comment took in the rows after it up to the next quote, and the
     * message named the line of that quote ("row 21 (line 32) has text straight after a closing quote"), a row that
     * was well formed. It now names the line where the quoted field opens and the line it runs on to, and says what
     * may be wrong either way (a second review: the text after a closing quote can also be a stray space, and then
     * the quote was not left open); in a long export too, where the row is in a later part.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 60_000})
    void a_quoted_field_running_on_over_lines_is_named_by_the_line_it_opens_on(int rowsBefore) throws Exception {
        String row = "Cafe,Staff,Often,2,3,4,Yes,No,1,2,3,4\n";
        String text = HEADER
                + row.repeat(rowsBefore)
                + "Cafe,Staff,Often,2,3,4,Yes,No,1,2,3,\"4\n" // opened, never closed
                + row
                + row
                + "Cafe,Staff,Often,2,3,4,Yes,No,1,2,3,\"4, with a comment\"\n"; // its first quote closes the one above
        Path file = csv("open.csv", text);

        CliTest.Run run = score(file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        long opened = rowsBefore + 2;
        assertThat(run.err())
                .isEqualTo("coprod: " + file + ": row " + opened + " (line " + opened + ") opens a quoted field (\")"
                        + " that runs on to line " + (opened + 3) + ", where text follows its closing quote. If the"
                        + " field should end on this line, its closing quote is missing; otherwise the text after the"
                        + " quote belongs inside it, and a quote inside a quoted field must be doubled (\"\").\n");
    }

    /** A CR alone ends a line inside quotes as it does outside them, so the lines named after it are right. */
    @Test
    void a_line_end_of_a_cr_alone_inside_quotes_counts_as_a_line() throws Exception {
        Path file = csv(
                "cr.csv",
                HEADER.replace("\n", "\r")
                        + "\"Cafe\rby the\rriver\",Staff,Often,2,3,4,Yes,No,1,2,3,4\r"
                        + "Cafe,Staff,Offen,2,3,4,Yes,No,1,2,3,4\r");

        CliTest.Run run = score(file.toString(), "--strict");

        assertThat(run.err()).contains(file + ": row 3 (line 5), column 3 (a1): 'Offen' is not an answer");
    }

    /**
     * A malformed row early in a long export stops the run while the thread cutting the file into parts is waiting for
     * room to queue more: that thread and the coding threads must stop too, not wait for ever.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void the_threads_reading_an_export_stop_when_an_early_row_stops_the_run() throws Exception {
        java.util.Set<Thread> before = readingThreads();
        String row = "Cafe,Staff,Often,2,3,4,Yes,No,1,2,3,4\n";
        String rows = HEADER + row.repeat(10_000) // past the rows read first to tell which tool made the export
                + "A,Staff,\"Often\"x,2,3,4,Yes,No,1,2,3,4\n" // text after a closing quote, in the first part
                + row.repeat(400_000); // 15 MB: more parts than are queued
        Path file = csv("long.csv", rows);

        CliTest.Run run = score(file.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("row 10002 (line 10002)").contains("closing quote");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        java.util.Set<Thread> left = readingThreads();
        left.removeAll(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            left.removeIf(thread -> !thread.isAlive());
        }
        assertThat(left).as("threads still reading the export").isEmpty();
    }

    private static java.util.Set<Thread> readingThreads() {
        java.util.Set<Thread> threads =
                new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(thread -> !thread.getName().startsWith("coprod-") || !thread.isAlive());
        return threads;
    }

    @Test
    void rows_read_the_quick_way_score_exactly_as_rows_read_in_full() throws Exception {
        // The same random rows twice: as they come (most read the quick way), and with the service quoted in every
        // row, which makes each row be read in full. Reports, problems included, must be the same.
        java.util.Random random = new java.util.Random(20261123);
        String[] five = {"4", "1", "5", "N", "A", "Often", "N/A", "DK", "", " ", "9", "0", "Offen", "\"3\"", " 2"};
        String[] ynp = {"Yes", "No", "Partly", "", "2", "Y", "\"Yes\""};
        StringBuilder plain = new StringBuilder(HEADER);
        StringBuilder quoted = new StringBuilder(HEADER);
        for (int row = 0; row < 3000; row++) {
            StringBuilder answers = new StringBuilder();
            for (String question : HEADER.strip().split(",")) {
                if (question.length() == 2) {
                    String[] choices = question.startsWith("b") ? ynp : five;
                    answers.append(',').append(choices[random.nextInt(choices.length)]);
                }
            }
            String service = "S" + random.nextInt(4);
            String role = random.nextBoolean() ? "Staff" : "Person";
            plain.append(service).append(',').append(role).append(answers).append('\n');
            quoted.append('"')
                    .append(service)
                    .append("\",")
                    .append(role)
                    .append(answers)
                    .append('\n');
        }
        Path asTheyCome = csv("plain.csv", plain.toString());
        Path inFull = csv("quoted.csv", quoted.toString());
        CliTest.Run quick = score(asTheyCome.toString(), "--format", "json", "--min-group-size", "1");
        CliTest.Run full = score(inFull.toString(), "--format", "json", "--min-group-size", "1");
        assertThat(quick.code()).as(quick.err()).isZero();
        assertThat(json(quick).get("problems").get("count").asInt()).isGreaterThan(100);
        assertThat(json(quick).toString().replace("plain.csv", "quoted.csv"))
                .isEqualTo(json(full).toString());
    }

    @Test
    void a_delimiter_must_be_one_ascii_character() throws Exception {
        Path file = csv("pipes.csv", (HEADER + "X|Staff|Often|2|3|4|Yes|No|1|2|3|4\n").replace(',', '|'));
        assertThat(score(file.toString(), "--delimiter", "|", "--min-group-size", "1")
                        .code())
                .isZero();
        for (String wrong : List.of("§", ";;")) {
            CliTest.Run run = score(file.toString(), "--delimiter", wrong);
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err())
                    .isEqualTo("coprod: --delimiter takes one plain (ASCII) character, such as , or ; or | or tab;"
                            + " not '" + wrong + "'.\n");
        }
    }

    private static byte[] withBom(String text, Charset charset, byte[] bom) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void per_respondent_rows_and_csv_output_are_spreadsheet_safe() throws Exception {
        Path file = csv("p.csv", HEADER + "=HYPERLINK(\"x\"),Staff,4,2,3,4,Yes,No,1,2,3,4\n");
        Path rows = dir.resolve("rows.csv");
        CliTest.Run run =
                score(file.toString(), "--per-respondent", rows.toString(), "--format", "csv", "--min-group-size", "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("service,role,respondents,shown,verdict,average,alpha_mean")
                .contains("\"'=HYPERLINK(\"\"x\"\")\",,1,yes,");
        List<String> lines = Files.readAllLines(rows);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("file,row,service,role,alpha,alpha_band,beta");
        assertThat(lines.get(1)).contains(",2,\"'=HYPERLINK(\"\"x\"\")\",Staff,");
    }

    @Test
    void an_unreadable_file_leaves_no_per_respondent_file_behind() throws Exception {
        Path good = csv("good.csv", HEADER + "X,Staff,4,2,3,4,Yes,No,1,2,3,4\n");
        Path broken = csv("broken.csv", HEADER + "X,Staff,\"4,2,3\n");
        Path rows = dir.resolve("rows.csv");
        CliTest.Run run = score(good.toString(), broken.toString(), "--per-respondent", rows.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(broken + ": row 2 (line 2) opens a quoted field");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("tiny.yaml", "good.csv", "broken.csv");
        }
    }

    @Test
    void columns_are_matched_by_text_and_unmatched_ones_are_listed() throws Exception {
        Path file = csv("t.csv", "Which service?,A1 ,<b>a&nbsp;2</b>,Comments\nX,4,2,fine\n");
        CliTest.Run run = score(file.toString(), "--group-by", "which service", "--min-group-size", "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(flat(run.out()))
                .contains("no column for a3, a4, b1, b2, c1, c2, c3, c4")
                .contains("columns that are not questions (left out): 'Comments'");
        CliTest.Run wrong = score(file.toString(), "--group-by", "Servise");
        assertThat(wrong.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(wrong.err())
                .contains("there is no column 'Servise'")
                .contains("The columns that are not questions are 'Which service?', 'Comments'.");
    }

    @Test
    void a_column_mentioning_service_is_used_and_without_one_the_pooling_is_said() throws Exception {
        Path named = csv("named.csv", "Which service are you answering about?,a1,a2\nX,4,2\nY,3,3\n");
        CliTest.Run run = score(named.toString(), "--format", "json", "--min-group-size", "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(json(run).get("services")).hasSize(2);

        Path unnamed = csv("unnamed.csv", "Place,a1,a2\nX,4,2\nY,3,3\n");
        CliTest.Run pooled = score(unnamed.toString(), "--min-group-size", "1");
        assertThat(pooled.code()).isZero();
        assertThat(flat(pooled.err()))
                .contains(unnamed + ": no column names the service, so all its rows are scored as one"
                        + " group ('All respondents'). To score each service apart, name the column with --group-by COLUMN; the"
                        + " columns that are not questions are 'Place'.");
        assertThat(flat(pooled.out()))
                .contains("no column names the service, so all its rows were scored as one group");
    }

    @Test
    void the_role_column_is_found_by_its_heading_and_its_absence_or_a_wrong_role_is_said() throws Exception {
        CliTest.Run found = CliTest.run("score", "examples/exports/google-forms.csv");
        assertThat(found.code()).isZero();
        assertThat(flat(found.out()))
                .contains("roles from 'Which best describes you?'")
                .contains("Where Staff member and Person who uses the service see things differently");

        Path noRoles = csv("noroles.csv", "Service,a1,a2\nX,4,2\n");
        assertThat(flat(score(noRoles.toString(), "--min-group-size", "1").out()))
                .contains("Not shown: no column says who answered (staff, people who use the service, family members)."
                        + " Name that column with --role COLUMN");

        // several services pooled have figures but no verdict of their own
        JsonNode everyone = json(CliTest.run("score", "examples/exports/google-forms.csv", "--format", "json"))
                .get("everyone");
        assertThat(everyone.get("shown").asBoolean()).isTrue();
        assertThat(everyone.has("verdict")).isFalse();
        assertThat(CliTest.run("score", "examples/exports/google-forms.csv", "--format", "csv")
                        .out())
                .contains("\nAll respondents,,30,yes,,");

        CliTest.Run wrong = CliTest.run(
                "score", "examples/exports/google-forms.csv", "--compare", "Staff,Person who uses the service");
        assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err())
                .isEqualTo("coprod: --compare: no respondent has the role 'Staff'. The roles found are:"
                        + " 'Family member or carer', 'Person who uses the service', 'Staff member'.\n");
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void codes_and_line_breaks_in_service_and_role_names_read_as_words() throws Exception {
        JsonNode kobo = json(CliTest.run("score", "examples/exports/kobo.csv", "--format", "json"));
        assertThat(kobo.get("services").get(2).get("name").asText()).isEqualTo("Riverside recovery college");
        assertThat(kobo.get("services").get(2).get("roles").findValuesAsText("name"))
                .contains("Staff member");
        Path broken = csv("breaks.csv", "Service,Role,a1\n\"Two\nlines\",\"Volunteer,  and\nI used to come\",4\n");
        JsonNode service = json(score(broken.toString(), "--format", "json", "--min-group-size", "1"))
                .get("services")
                .get(0);
        assertThat(service.get("name").asText()).isEqualTo("Two lines");
        assertThat(service.get("roles").get(0).get("name").asText()).isEqualTo("Volunteer, and I used to come");
    }

    @Test
    void the_report_and_the_per_respondent_file_cannot_be_the_same_file() throws Exception {
        Path file = csv("same.csv", HEADER + "X,Staff,4,2,3,4,Yes,No,1,2,3,4\n");
        Path out = dir.resolve("out.csv");
        CliTest.Run run = score(
                file.toString(),
                "--output",
                out.toString(),
                "--per-respondent",
                dir.resolve(".").resolve("out.csv").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--output and --per-respondent name the same file");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_workbook_or_a_binary_file_is_told_apart_from_an_export() throws Exception {
        Path workbook = dir.resolve("survey.xlsx");
        Files.write(workbook, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33});
        CliTest.Run run = score(workbook.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .contains(workbook + ": this workbook (or other zipped file) is damaged or not complete")
                .contains("CSV UTF-8");
        Path oldWorkbook = dir.resolve("old.csv");
        Files.write(
                oldWorkbook,
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertThat(score(oldWorkbook.toString()).err())
                .contains("this is an old-style Excel workbook (.xls), not a CSV export");
        Path binary = dir.resolve("survey.csv");
        Files.write(binary, new byte[] {'S', 'e', 'r', 'v', 'i', 'c', 'e', 0, 1, 2, (byte) 0x9F, 'a', '\n'});
        CliTest.Run second = score(binary.toString());
        assertThat(second.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(second.err())
                .isEqualTo("coprod: " + binary + ": this is not a text file (it holds binary data), so it"
                        + " cannot be a CSV export.\n");
    }

    @Test
    void a_progress_bar_shows_on_a_terminal_only_and_fits_the_width() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 60_000; i++) {
            rows.append("X,Staff,4,2,3,4,Yes,No,1,2,3,4\n");
        }
        Path file = csv("long.csv", rows.toString());
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(
                new Io(
                        new java.io.PrintWriter(out),
                        new java.io.PrintWriter(err),
                        new java.io.ByteArrayInputStream(new byte[0]),
                        java.util.Map.of("COLUMNS", "60", "LANG", "C.UTF-8"),
                        true),
                "score",
                "--questionnaire",
                tiny.toString(),
                file.toString());
        assertThat(code).isZero();
        assertThat(err.toString()).contains("\rScoring long.csv ").contains("50,000 rows");
        // the bar is cleared before the report is printed, and each drawing fits in the terminal's 60 columns
        assertThat(err.toString()).endsWith("\r" + " ".repeat(59) + "\r");
        assertThat(err.toString().split("\r"))
                .allSatisfy(line -> assertThat(line.length()).isLessThan(60));
        assertThat(score(file.toString()).err()).isEmpty(); // not a terminal: nothing on stderr
        assertThat(ScoreCommand.progressLine(
                        org.coprod.core.words.Words.english(), "survey.csv", 500_000, 0.5, 80, false))
                .isEqualTo("Scoring survey.csv ###############...............  50%  500,000 rows  ");
    }

    @Test
    void answers_files_score_alongside_exports() {
        CliTest.Run run = CliTest.run(
                "score", CliTest.NORTHGATE, CliTest.RIVERSIDE, "--min-group-size", "1", "--format", "markdown");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("| Northgate Homes tenants' panel | 1 | Voice |")
                .contains("| Riverside Recovery College | 1 | Co-production |");
    }

    @Test
    void a_mapping_file_names_the_columns_of_a_coded_export() throws Exception {
        Path file = csv("coded.csv", "G1,G2,Q01,Q02\nX,Staff,4,2\n");
        Path mapping = csv("mapping.yaml", "service: G1\nrole: G2\ncolumns:\n  Q01: a1\n  Q02: a2\n");
        CliTest.Run run =
                score(file.toString(), "--mapping", mapping.toString(), "--format", "json", "--min-group-size", "1");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode x = json(run).get("services").get(0);
        assertThat(x.get("name").asText()).isEqualTo("X");
        // a1 Often 75, a2 Rarely reversed 75: alpha 75
        assertThat(section(x, "alpha").get("mean").asDouble()).isEqualTo(75.0);
        Path wrong = csv("wrong.yaml", "columns:\n  Q01: a11\n");
        CliTest.Run bad = score(file.toString(), "--mapping", wrong.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err())
                .contains(
                        wrong
                                + ":2:8: column 'Q01' is mapped to 'a11', which is not a question of 'tiny'. Did you mean 'a1'?");
    }
}
