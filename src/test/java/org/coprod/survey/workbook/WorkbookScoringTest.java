package org.coprod.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.survey.workbook.TestWorkbook.row;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coprod.cli.Io;
import org.coprod.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook scores exactly as the same answers saved as CSV: the same figures and the same report, byte for byte, up
 * to where the report names the file and says how it was read. The shapes are those the tools download:
 * <ul>
 * <li>Microsoft Forms ("Open in Excel"): one sheet, Sheet1, with {@code ID}, {@code Start time} and {@code Completion
 * time} (dates and times), {@code Email}, {@code Name}, then one column per question; examples/exports/microsoft-forms.xlsx,
 * written from microsoft-forms.csv by bench/xlsx_from_csv.py, an independent writer;
 * <li>Google Sheets (File, Download, .xlsx, of a form's responses sheet): the sheet "Form Responses 1", a
 * {@code Timestamp} column of dates and times, text in the shared strings table;
 * <li>Qualtrics ("Download data", Excel): three header rows, text written inline in each cell.
 * </ul>
 */
class WorkbookScoringTest {
    private static final String SERVICE = "Which service are you answering about?";
    private static final String ROLE = "Which best describes you?";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run coprod(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new Io(
                        new PrintWriter(out),
                        new PrintWriter(err),
                        new java.io.ByteArrayInputStream(new byte[0]),
                        Map.of(),
                        false),
                args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Scores both files in every format (the options for the workbook) and checks they give the same, the file's name aside. */
    private void sameAsCsv(Path csv, Path workbook, String... options) {
        for (String format : List.of("csv", "json", "text", "markdown")) {
            List<String> args =
                    new ArrayList<>(List.of("score", "--format", format, "--group-by", SERVICE, "--role", ROLE));
            Run fromCsv = run(args, csv);
            args.addAll(List.of(options)); // --sheet applies to the workbook only
            Run fromWorkbook = run(args, workbook);
            assertThat(fromWorkbook.code()).as(fromWorkbook.err()).isZero();
            assertThat(fromWorkbook.err()).isEqualTo(fromCsv.err().replace(csv.toString(), workbook.toString()));
            if (format.equals("csv")) {
                assertThat(fromWorkbook.out()).isEqualTo(fromCsv.out());
            } else if (format.equals("json")) {
                // how each file was read (its encoding and separator, as the text's "Files read" says) differs
                assertThat(withoutHowRead(fromWorkbook.out()))
                        .isEqualTo(withoutHowRead(fromCsv.out().replace(csv.toString(), workbook.toString())));
                assertThat(fromWorkbook.out()).contains("\"encoding\" : \"Excel workbook, sheet");
            } else {
                String before = upToFile(fromCsv.out(), csv);
                assertThat(before)
                        .containsIgnoringCase("Service: Riverside Recovery College")
                        .hasSizeGreaterThan(10_000);
                assertThat(upToFile(fromWorkbook.out(), workbook)).as(format).isEqualTo(before);
                assertThat(fromWorkbook.out()).contains("Excel workbook, sheet");
            }
        }
    }

    private static String withoutHowRead(String json) {
        return json.replaceAll("(?m)^ *\"(encoding|delimiter)\" : .*\n", "");
    }

    private static Run run(List<String> args, Path file) {
        List<String> all = new ArrayList<>(args);
        all.add(file.toString());
        return coprod(all.toArray(String[]::new));
    }

    /** The report up to its "Files read" section, the first to name the file (and wrap table columns by its name). */
    private static String upToFile(String report, Path file) {
        java.util.regex.Matcher heading =
                java.util.regex.Pattern.compile("(?im)^\\W*files read$").matcher(report);
        assertThat(heading.find()).isTrue();
        assertThat(report.substring(0, heading.start()))
                .doesNotContain(file.getFileName().toString());
        return report.substring(0, heading.start());
    }

    private static List<List<String>> records(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> records = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            records.add(record.toList());
        }
        return records;
    }

    @Test
    void a_microsoft_forms_workbook_scores_as_its_csv() {
        sameAsCsv(Path.of("examples/exports/microsoft-forms.csv"), Path.of("examples/exports/microsoft-forms.xlsx"));
    }

    @Test
    void a_google_sheets_workbook_scores_as_its_csv() throws IOException {
        Path csv = Path.of("examples/exports/google-forms.csv");
        Path workbook = new TestWorkbook()
                .sheetFrom("Form Responses 1", records(csv), 1, List.of("Timestamp"), false)
                .write(dir.resolve("google-sheets.xlsx"));
        sameAsCsv(csv, workbook);
    }

    @Test
    void a_qualtrics_workbook_with_three_header_rows_scores_as_its_csv() throws IOException {
        Path csv = Path.of("examples/exports/qualtrics.csv");
        Path workbook = new TestWorkbook()
                .sheetFrom("Sheet0", records(csv), 3, List.of("StartDate", "EndDate", "RecordedDate"), true)
                .write(dir.resolve("qualtrics.xlsx"));
        sameAsCsv(csv, workbook);
    }

    /**
     * Found by a review: a problem after a cell holding line breaks named a line ("row 4 (line 6)") of the text coprod
     * makes of the sheet, which nobody sees. A workbook's problems name rows and columns only.
     */
    @Test
    void a_problem_in_a_workbook_names_its_row_not_a_line() throws IOException {
        List<List<String>> records = new ArrayList<>();
        for (List<String> record : records(Path.of("examples/exports/google-forms.csv"))) {
            records.add(new ArrayList<>(record));
        }
        records.get(0).add("Anything else?");
        for (int r = 1; r < records.size(); r++) {
            records.get(r).add(r == 1 ? "two\nlines\nhere" : "");
        }
        records.get(3).set(3, "Offen");
        Path workbook = new TestWorkbook()
                .sheetFrom("Form Responses 1", records, 1, List.of("Timestamp"), false)
                .write(dir.resolve("lines.xlsx"));

        Run run = coprod("score", workbook.toString(), "--strict");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(workbook + ": row 4, column 4 (").doesNotContain("(line");
    }

    @Test
    void the_sheet_is_named_with_sheet() throws IOException {
        Path csv = Path.of("examples/exports/google-forms.csv");
        TestWorkbook book = new TestWorkbook();
        book.sheet("Summary", row(1, book.text("A1", "Responses so far"), TestWorkbook.number("B1", "30")));
        Path workbook = book.sheetFrom("Answers", records(csv), 1, List.of("Timestamp"), false)
                .write(dir.resolve("two-sheets.xlsx"));
        sameAsCsv(csv, workbook, "--sheet", "Answers");
        Run unknown = coprod("score", workbook.toString(), "--sheet", "Responses");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err())
                .isEqualTo("coprod: " + workbook + ": the workbook has no sheet called 'Responses'; its sheets"
                        + " are 'Summary' and 'Answers'.\n");
        // found by a review: without --sheet, the summary sheet is read, and the message now says where else to look
        Run first = coprod("score", workbook.toString());
        assertThat(first.code()).isEqualTo(3);
        assertThat(first.err().replaceAll("\\s+", " "))
                .contains("That is the sheet 'Summary'; the workbook also has 'Answers': name the one with the answers"
                        + " with --sheet NAME.");
    }

    @Test
    void a_workbook_coprod_cannot_read_stops_it_with_one_plain_line_and_exit_code_3() throws IOException {
        byte[] ole2 = new byte[512];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                ole2,
                0,
                8);
        Path xls = Files.write(dir.resolve("survey.xls"), ole2);
        byte[] whole = Files.readAllBytes(Path.of("examples/exports/microsoft-forms.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length - 100));
        TestWorkbook empty = new TestWorkbook();
        Path noRows = empty.sheet("Sheet1").write(dir.resolve("no-rows.xlsx"));
        for (Path file : List.of(xls, cut, noRows)) {
            Run run = coprod(
                    "score", file.toString(), "-o", dir.resolve("out.html").toString());
            assertThat(run.code()).as(run.err()).isEqualTo(3);
            assertThat(run.err())
                    .startsWith("coprod: " + file + ": ")
                    .endsWith(".\n")
                    .hasLineCount(1)
                    .doesNotContain("Exception")
                    .as("no part of the workbook's inside is named")
                    .doesNotContain("xl/")
                    .doesNotContain(".xml");
            assertThat(dir.resolve("out.html")).doesNotExist();
        }
    }
}
