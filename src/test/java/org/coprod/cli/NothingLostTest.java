package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.coprod.core.words.Words;
import org.coprod.io.WriterLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: no output over an input, no write error passed over, nothing from a file steering the terminal. */
class NothingLostTest {
    private static final String EXPORT = "examples/exports/google-forms.csv";
    private static final String QUESTIONNAIRE = "questionnaires/six-principles.yaml";

    @TempDir
    Path dir;

    private Path questionnaireCopy() throws IOException {
        return Files.copy(Path.of(QUESTIONNAIRE), dir.resolve("q.yaml"));
    }

    @Test
    void template_never_writes_over_its_questionnaire() throws IOException {
        Path q = questionnaireCopy();
        String before = Files.readString(q);
        CliTest.Run run = CliTest.run("template", q.toString(), "-o", q.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(run.err()).contains("Will not write the output to " + q + ": that is one of the input files");
        assertThat(q).hasContent(before);
    }

    @Test
    void score_never_writes_its_report_or_rows_over_the_questionnaire_or_mapping() throws IOException {
        Path q = questionnaireCopy();
        String before = Files.readString(q);
        CliTest.Run report = CliTest.run("score", EXPORT, "-q", q.toString(), "-o", q.toString());
        CliTest.Run rows = CliTest.run("score", EXPORT, "-q", q.toString(), "--per-respondent", q.toString());
        assertThat(report.code()).as(report.err()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(rows.code()).as(rows.err()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(q).hasContent(before);
    }

    @Test
    void a_linked_per_respondent_file_cannot_replace_the_report() throws IOException {
        Path report = Files.writeString(dir.resolve("report.csv"), "the report");
        Path link = Files.createSymbolicLink(dir.resolve("rows.csv"), report);
        CliTest.Run run = CliTest.run("score", EXPORT, "-o", report.toString(), "--per-respondent", link.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("--output and --per-respondent name the same file");
        assertThat(report).hasContent("the report");
    }

    @Test
    void the_same_export_given_twice_is_refused_not_counted_twice() throws IOException {
        // a link to a copy inside the temporary folder: JUnit warns when it deletes a link that points outside it
        Path export = Files.copy(Path.of(EXPORT), dir.resolve("export.csv"));
        Path link = Files.createSymbolicLink(dir.resolve("again.csv"), export);
        CliTest.Run run = CliTest.run("score", export.toString(), link.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("are the same file; give each file once");
    }

    @Test
    void assess_refuses_a_report_over_its_questionnaire_before_the_first_question() throws IOException {
        Path q = questionnaireCopy();
        String before = Files.readString(q);
        Path answers = dir.resolve("a.yaml");
        AssessLineModeTest.Run run = AssessLineModeTest.assess(
                "4\n",
                q.toString(),
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                answers.toString(),
                "--report",
                q.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(run.out()).doesNotContain("Welcome");
        assertThat(answers).doesNotExist();
        assertThat(q).hasContent(before);
    }

    @Test
    void assess_finds_a_report_in_a_missing_folder_at_the_start() {
        Path answers = dir.resolve("a.yaml");
        AssessLineModeTest.Run run = AssessLineModeTest.assess(
                "4\n",
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                answers.toString(),
                "--report",
                dir.resolve("no/such/report.md").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(run.err()).contains("does not exist");
        assertThat(answers).doesNotExist();
    }

    @Test
    void a_folder_as_output_is_explained_not_a_crash() {
        for (String[] args : new String[][] {
            {"report", CliTest.RIVERSIDE, "-o", "/"}, {"score", EXPORT, "-o", "/"}, {"show", "-o", "/"}
        }) {
            CliTest.Run run = CliTest.run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.FILE_ERROR);
            assertThat(run.err()).isEqualTo("coprod: Cannot write /: it is a folder. Give a file name.\n");
        }
    }

    @Test
    void a_gap_threshold_that_is_not_a_number_is_a_usage_error() {
        for (String threshold : new String[] {"NaN", "1e999", "-1e999"}) {
            CliTest.Run run = CliTest.run("score", EXPORT, "--gap-threshold", threshold);
            assertThat(run.code()).as(threshold + ": " + run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err())
                    .startsWith("coprod: --gap-threshold must be a number of points above 0 and at most 100");
        }
    }

    /** A full disk or closed pipe behind standard output (report > /dev/full) used to end with exit 0. */
    @Test
    void an_error_writing_standard_output_is_an_error() {
        StringWriter err = new StringWriter();
        PrintWriter full = new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {}
        });
        int code = Main.run(
                new Io(full, new PrintWriter(err), new ByteArrayInputStream(new byte[0]), Map.of(), false),
                "report",
                CliTest.RIVERSIDE);
        assertThat(code).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(err.toString())
                .startsWith("coprod: could not write the output to standard output")
                .doesNotContain("\n\n");
    }

    @Test
    void control_characters_from_a_file_never_reach_the_terminal_or_a_text_file() throws IOException {
        String hostile = "Riverside\u001B]52;c;ZWNobyBwd25lZA==\u0007\u001B[2J\u009B1m\u202Eevil";
        Path answers = dir.resolve("hostile.yaml");
        Files.writeString(
                answers,
                Files.readString(Path.of(CliTest.RIVERSIDE))
                        .replaceFirst(
                                "(?m)^service: .*$",
                                java.util.regex.Matcher.quoteReplacement("service: \""
                                        + hostile.replace("\u001B", "\\e")
                                                .replace("\u0007", "\\a")
                                                .replace("\u009B", "\\x9B")
                                                .replace("\u202E", "\\u202E")
                                        + "\"")));
        Path markdown = dir.resolve("report.md");
        Path text = dir.resolve("report.txt");
        CliTest.Run screen = CliTest.run(Map.of("TERM", "xterm"), "report", answers.toString());
        CliTest.run("report", answers.toString(), "-o", markdown.toString());
        CliTest.run("report", answers.toString(), "-o", text.toString());
        assertThat(screen.code()).as(screen.err()).isZero();
        for (String shown : new String[] {screen.out(), Files.readString(markdown), Files.readString(text)}) {
            assertThat(shown)
                    .contains("Riverside\\u001B", "ZWNobyBwd25lZA==\\u0007\\u001B", "2J\\u009B1m\\u202Eevil")
                    .doesNotContain("\u001B]", "\u001B[2J", "\u0007", "\u009B", "\u202E");
        }
    }

    @Test
    void control_characters_in_error_messages_are_made_visible() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "id: \"six\\e[2J\"\nversion: 1\n");
        CliTest.Run run = CliTest.run("validate", bad.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("six\\u001B[2J").doesNotContain("\u001B");
    }

    @Test
    void a_number_too_large_for_any_choice_is_refused_not_a_crash() {
        AssessLineModeTest.Run run = AssessLineModeTest.assess(
                "99999999999\nq\n",
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                dir.resolve("a.yaml").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .contains("line 1 of the answers read in, '99999999999': 99999999999 is not one of the numbers shown");
    }

    /** What assess accepts, report and --resume read back: a note over the limit is refused as it is typed. */
    @Test
    void a_note_too_long_to_read_back_is_refused_when_typed() {
        Path answers = dir.resolve("a.yaml");
        AssessLineModeTest.Run run = AssessLineModeTest.assess(
                "note " + "x".repeat(100_001) + "\nnote short\nq\n",
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("This note is 100,001 characters long; an answers file keeps at most 100,000");
        CliTest.Run report = CliTest.run("report", answers.toString());
        assertThat(report.code()).as(report.err()).isZero();
    }

    @Test
    void one_endless_line_from_a_file_is_dropped_at_the_limit_and_stops_the_script() {
        AssessLineModeTest.Run run = AssessLineModeTest.assess(
                "9".repeat(300_000) + "\nq\n",
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                dir.resolve("a.yaml").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .contains("line 1 of the answers read in: it is over 100,100 characters")
                .doesNotContain("9".repeat(1000));
    }

    @Test
    void a_second_session_on_one_answers_file_is_told_it_is_in_use() throws IOException {
        Path answers = dir.resolve("a.yaml");
        assertThat(AssessLineModeTest.assess("4\nq\n", "--service", "S", "--role", "R", "--answers", answers.toString())
                        .code())
                .isZero();
        String saved = Files.readString(answers);
        try (WriterLock first = WriterLock.acquire(answers, Words.english())) {
            assertThat(first).as("this test's own session").isNotNull();
            AssessLineModeTest.Run second = AssessLineModeTest.assess("1\nq\n", "--resume", answers.toString());
            assertThat(second.code()).isEqualTo(ExitCodes.FILE_ERROR);
            assertThat(second.err())
                    .startsWith("coprod: " + answers + " is in use by another coprod session (process ");
        }
        assertThat(answers).hasContent(saved);
        AssessLineModeTest.Run later = AssessLineModeTest.assess("q\n", "--resume", answers.toString());
        assertThat(later.code()).as(later.err()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(answers);
        }
    }

    @Test
    void a_device_without_end_is_refused_at_the_limit() {
        CliTest.Run run = CliTest.run("report", "/dev/zero");
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("the file is over 4 MB");
    }

    @Test
    void one_byte_that_is_not_utf8_in_a_utf8_export_is_reported_not_read_as_windows_1252() throws IOException {
        byte[] export = Files.readAllBytes(Path.of(EXPORT));
        String text =
                new String(export, StandardCharsets.UTF_8).replaceFirst("Riverside Recovery College", "Café Riverside");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int firstNewline = text.indexOf('\n');
        utf8[firstNewline + 5] = (byte) 0xE9; // a Windows-1252 é in the first data row's date
        Path file = Files.write(dir.resolve("mixed.csv"), utf8);
        CliTest.Run run = CliTest.run("score", file.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .contains(file + ":2:")
                .contains(String.format("byte %,d of the file (0xE9) is not UTF-8", firstNewline + 6));
    }

    @Test
    void a_file_that_is_not_utf8_at_all_is_read_as_windows_1252_and_said_so() throws IOException {
        String text = Files.readString(Path.of(EXPORT)).replaceFirst("Riverside Recovery College", "Café Riverside");
        Path file = Files.write(dir.resolve("windows.csv"), text.getBytes("windows-1252"));
        CliTest.Run run = CliTest.run("score", file.toString(), "--min-group-size", "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains(file + ": this file is not UTF-8").contains("read as Windows-1252");
        assertThat(run.out()).contains("Café Riverside");
    }

    @Test
    void option_values_that_cannot_score_are_refused_by_validate() throws IOException {
        Path q = Files.writeString(
                dir.resolve("q.yaml"),
                Files.readString(Path.of(QUESTIONNAIRE)).replaceFirst("value: 1\\b", "value: -1e308"));
        CliTest.Run run = CliTest.run("validate", q.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("is -1.0E308; an option's value must be from -1000000 to 1000000");
    }

    @Test
    void a_yaml_line_too_long_is_refused_before_it_is_parsed() throws IOException {
        Path answers = Files.writeString(
                dir.resolve("long.yaml"),
                Files.readString(Path.of(CliTest.RIVERSIDE))
                        .replaceFirst("(?m)^service: .*$", "service: " + "x".repeat(3_900_000)));
        long start = System.nanoTime();
        CliTest.Run run = CliTest.run("report", answers.toString());
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .contains(":5:400001: this line is 3,900,009 characters long; a line can have at most 400,000.");
    }

    /** A multi-line reflection could make Markdown headings (a line of === or ---) and code blocks (indented lines). */
    @Test
    void a_multi_line_reflection_adds_no_heading_or_code_block_to_markdown() throws IOException {
        Path answers = Files.writeString(
                dir.resolve("a.yaml"),
                Files.readString(Path.of(CliTest.RIVERSIDE))
                        .replaceFirst(
                                "(?s)reflections:.*",
                                java.util.regex.Matcher.quoteReplacement(
                                        "reflections:\n  surprise: \"Injected heading\\n===\\nAnother\\n---\\n\\n    indented code\"\n")));
        Path markdown = dir.resolve("report.md");
        assertThat(CliTest.run("report", answers.toString(), "-o", markdown.toString())
                        .code())
                .isZero();
        org.commonmark.node.Node document =
                org.commonmark.parser.Parser.builder().build().parse(Files.readString(markdown));
        java.util.List<String> found = new java.util.ArrayList<>();
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                if (heading.getFirstChild() instanceof org.commonmark.node.Text text) {
                    found.add("heading " + text.getLiteral());
                }
            }

            @Override
            public void visit(org.commonmark.node.IndentedCodeBlock code) {
                found.add("code " + code.getLiteral());
            }
        });
        assertThat(found).noneMatch(f -> f.contains("Injected") || f.contains("Another") || f.startsWith("code"));
        assertThat(Files.readString(markdown)).contains("Injected heading", "indented code");
    }

    /** Notes each within the limit, together over the 4 MB an answers file may have: the one too many is refused. */
    @Test
    void notes_that_together_make_the_file_too_large_are_refused_as_typed() {
        Path answers = dir.resolve("a.yaml");
        String note = "note " + "€".repeat(100_000) + "\n"; // three bytes each
        AssessLineModeTest.Run run = AssessLineModeTest.assess(
                (note + "4\n").repeat(15) + "q\n", "--service", "S", "--role", "R", "--answers", answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("coprod reads answers files up to 4,194,304, so it was not saved");
        CliTest.Run report = CliTest.run("report", answers.toString());
        assertThat(report.code()).as(report.err()).isZero();
    }

    /** The hint named --questionnaire, which assess did not have: now it names the file, and assess takes -q too. */
    @Test
    void the_resume_hint_for_a_questionnaire_file_runs_as_written() throws IOException {
        Path q = Files.writeString(
                dir.resolve("own.yaml"),
                Files.readString(Path.of(QUESTIONNAIRE)).replaceFirst("(?m)^id: six-principles$", "id: our-own"));
        Path answers = dir.resolve("a.yaml");
        AssessLineModeTest.Run first = AssessLineModeTest.assess(
                "4\nq\n", q.toString(), "--service", "S", "--role", "R", "--answers", answers.toString());
        assertThat(first.out().replaceAll("\\s+", " "))
                .contains("To carry on: coprod assess " + q + " --resume " + answers);
        assertThat(AssessLineModeTest.assess("q\n", q.toString(), "--resume", answers.toString())
                        .code())
                .isZero();
        assertThat(AssessLineModeTest.assess("q\n", "-q", q.toString(), "--resume", answers.toString())
                        .code())
                .isZero();
    }

    @Test
    void an_id_with_a_space_at_its_end_is_refused_not_stripped_into_another() throws IOException {
        Path q = Files.writeString(
                dir.resolve("q.yaml"),
                Files.readString(Path.of(QUESTIONNAIRE))
                        .replaceFirst("(?m)^id: six-principles$", "id: \"six-principles \""));
        CliTest.Run run = CliTest.run("validate", q.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .contains(
                        "the id 'six-principles' of the questionnaire has a space at its start or end; it should use only");
    }
}
