package org.coprod.survey.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.survey.workbook.TestWorkbook.cell;
import static org.coprod.survey.workbook.TestWorkbook.number;
import static org.coprod.survey.workbook.TestWorkbook.row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
    @TempDir
    Path dir;

    private String csv(Path file, String sheet) throws IOException {
        try (InputStream in =
                Workbook.open(file, Optional.ofNullable(sheet), Words.english()).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String csv(TestWorkbook workbook) throws IOException {
        return csv(workbook.write(dir.resolve("book.xlsx")), null);
    }

    private String refusal(Path file, String sheet) {
        try {
            csv(file, sheet);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).file()).isEqualTo(file.toString());
            return e.problems().get(0).message();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused: " + file);
    }

    @Test
    void numbers_dates_and_times_come_out_as_they_were_typed() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet(
                "Sheet1",
                row(
                        1,
                        book.text("A1", "Code"),
                        book.text("B1", "Share"),
                        book.text("C1", "Date"),
                        book.text("D1", "Submitted"),
                        book.text("E1", "Time"),
                        book.text("F1", "Two places"),
                        book.text("G1", "Locale date")),
                row(
                        2,
                        number("A2", "3"),
                        cell("B2", " s=\"4\"", "<v>0.25</v>"),
                        cell("C2", " s=\"1\"", "<v>46300</v>"),
                        cell("D2", " s=\"2\"", "<v>46300.512997685188</v>"),
                        cell("E2", " s=\"3\"", "<v>0.5</v>"),
                        cell("F2", " s=\"5\"", "<v>4.5</v>"),
                        cell("G2", " s=\"6\"", "<v>46300</v>")),
                row(
                        3,
                        number("A3", "0.30000000000000004"),
                        number("B3", "1E-3"),
                        number("C3", "-0"),
                        number("D3", "12345678901234567890"),
                        number("E3", "2.50"),
                        number("F3", "007"),
                        number("G3", "-4")));
        assertThat(csv(book))
                .isEqualTo("Code,Share,Date,Submitted,Time,Two places,Locale date\r\n"
                        + "3,25%,2026-10-05,2026-10-05 12:18:43,12:00:00,4.5,2026-10-05\r\n"
                        + "0.3,0.001,0,12345678901234600000,2.5,7,-4\r\n");
    }

    @Test
    void dates_count_from_1904_when_the_workbook_says_so() throws IOException {
        TestWorkbook book = new TestWorkbook().dates1904();
        book.sheet("Sheet1", row(1, book.text("A1", "Date")), row(2, cell("A2", " s=\"1\"", "<v>0</v>")));
        assertThat(csv(book)).isEqualTo("Date\r\n1904-01-01\r\n");
    }

    @Test
    void strings_of_every_kind_are_read_whole() throws IOException {
        TestWorkbook book = new TestWorkbook();
        int rich = book.sharedItem("<r><rPr><b/></rPr><t>Strongly </t></r><r><t xml:space=\"preserve\">agree</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh>");
        book.sheet(
                "Sheet1",
                row(
                        1,
                        book.text("A1", "Rich"),
                        book.text("B1", "Inline"),
                        book.text("C1", "Formula"),
                        book.text("D1", "Yes?"),
                        book.text("E1", "Error"),
                        book.text("F1", "Lines"),
                        book.text("G1", "Quotes, commas")),
                row(
                        2,
                        cell("A2", " t=\"s\"", "<v>" + rich + "</v>"),
                        cell("B2", " t=\"inlineStr\"", "<is><r><t>In</t></r><r><t>line</t></r></is>"),
                        cell("C2", " t=\"str\"", "<f>CONCAT(\"a\",\"b\")</f><v>ab</v>"),
                        cell("D2", " t=\"b\"", "<v>1</v>"),
                        cell("E2", " t=\"e\"", "<f>1/0</f><v>#DIV/0!</v>"),
                        book.text("F2", "one\r\ntwo"),
                        book.text("G2", "say \"hi\"; then, go\t_x0041_") /* Excel's escape of an A */));
        assertThat(csv(book))
                .isEqualTo("Rich,Inline,Formula,Yes?,Error,Lines,\"Quotes, commas\"\r\n"
                        + "Strongly agree,Inline,ab,TRUE,#DIV/0!,\"one\r\ntwo\",\"say \"\"hi\"\"; then, go\tA\"\r\n");
    }

    @Test
    void an_escaped_underscore_stays_as_it_was_typed() {
        assertThat(CellText.unescape("_x005F_x0041_ and _x000D_ and _x00zz_")).isEqualTo("_x0041_ and \r and _x00zz_");
    }

    @Test
    void every_row_is_as_wide_as_the_header_and_rows_with_nothing_in_them_are_left_out() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet(
                "Sheet1",
                row(
                        1,
                        book.text("A1", "Service"),
                        book.text("B1", "Role"),
                        book.text("C1", "Q1"),
                        cell("D1", " s=\"1\"", "")),
                row(2, book.text("A2", "Riverside"), number("C2", "4")),
                row(4, cell("A4", " s=\"1\"", ""), cell("B4", "", "<v></v>")),
                "<row r=\"6\"><c t=\"s\"><v>" + book.shared("Northgate") + "</v></c><c/><c><v>2</v></c></row>",
                row(7, book.text("A7", "Eastfield"), number("E7", "5")));
        assertThat(csv(book)).isEqualTo("Service,Role,Q1\r\nRiverside,,4\r\nNorthgate,,2\r\nEastfield,,,,5\r\n");
    }

    @Test
    void the_header_is_as_wide_as_the_widest_of_the_first_three_rows() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet(
                "Sheet1",
                row(1, book.text("A1", "Which service?"), book.text("B1", "Q1")),
                row(2, book.text("B2", "Often"), book.text("C2", "Always")),
                row(3, number("A3", "1")));
        assertThat(csv(book)).isEqualTo("Which service?,Q1,\r\n,Often,Always\r\n1,,\r\n");
    }

    @Test
    void the_first_sheet_shown_is_read_unless_another_is_named() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Lists", row(1, book.text("A1", "hidden")))
                .hidden("Lists")
                .sheet("Form Responses 1", row(1, book.text("A1", "answers")))
                .sheet("Summary", row(1, book.text("A1", "summary")));
        Path file = book.write(dir.resolve("book.xlsx"));
        assertThat(csv(file, null)).isEqualTo("answers\r\n");
        assertThat(csv(file, "Summary")).isEqualTo("summary\r\n");
        assertThat(csv(file, " summary ")).isEqualTo("summary\r\n");
        assertThat(csv(file, "Lists")).isEqualTo("hidden\r\n");
        assertThat(refusal(file, "Sheet1"))
                .isEqualTo(
                        "the workbook has no sheet called 'Sheet1'; its sheets are 'Lists', 'Form Responses 1' and 'Summary'.");
    }

    @Test
    void a_sheet_with_no_rows_is_refused_plainly() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Sheet1", row(1, cell("A1", " s=\"1\"", "")));
        assertThat(refusal(book.write(dir.resolve("empty.xlsx")), null))
                .isEqualTo(
                        "the sheet 'Sheet1' has no rows; if the answers are on another sheet, name it with --sheet.");
    }

    @Test
    void an_old_xls_and_an_encrypted_xlsx_are_told_apart() throws IOException {
        byte[] ole2 = new byte[4096];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                ole2,
                0,
                8);
        Path xls = Files.write(dir.resolve("old.xls"), ole2);
        assertThat(refusal(xls, null))
                .startsWith("this is an old-style Excel workbook (.xls), not a CSV export or an .xlsx workbook");
        byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole2, 2000, name.length);
        Path encrypted = Files.write(dir.resolve("protected.xlsx"), ole2);
        assertThat(refusal(encrypted, null)).startsWith("this workbook is protected with a password (encrypted)");
    }

    @Test
    void a_damaged_workbook_is_refused_plainly() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Sheet1", row(1, book.text("A1", "Service")), row(2, book.text("A2", "Riverside")));
        byte[] whole = Files.readAllBytes(book.write(dir.resolve("whole.xlsx")));
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        String damaged = "this workbook (or other zipped file) is damaged or not complete, so coprod cannot read it."
                + " If it was downloaded, download it again; or open it in the spreadsheet program and save it again,"
                + " or save the sheet as \"CSV UTF-8\" and score that.";
        assertThat(refusal(cut, null)).isEqualTo(damaged);
        Path badXml =
                TestWorkbook.zip(dir.resolve("bad-xml.xlsx"), Map.of("xl/workbook.xml", "<workbook><sheets><sheet"));
        assertThat(refusal(badXml, null))
                .as("found by a review: the XML parser's own words and the part's name were shown")
                .isEqualTo(damaged);
        TestWorkbook noSheetPart = new TestWorkbook();
        noSheetPart.sheet("Sheet1", row(1, noSheetPart.text("A1", "Service")));
        Path withoutSheet = dir.resolve("no-sheet-part.xlsx");
        try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(
                        noSheetPart.write(dir.resolve("source.xlsx")).toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(withoutSheet))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                if (!entry.getName().startsWith("xl/worksheets/")) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    source.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
        }
        assertThat(refusal(withoutSheet, null)).isEqualTo(damaged);
        Path notWorkbook = TestWorkbook.zip(dir.resolve("photos.zip"), Map.of("photo.txt", "<x/>"));
        assertThat(refusal(notWorkbook, null)).startsWith("this is a zipped file, not an Excel workbook");
        Path ods = TestWorkbook.zip(dir.resolve("survey.ods"), Map.of("mimetype", "", "content.xml", "<x/>"));
        assertThat(refusal(ods, null)).startsWith("this is an OpenDocument spreadsheet (.ods)");
    }

    /** Found by a review: the JDK's XML parser printed "[Fatal Error] :-1:-1: Invalid byte..." on stderr itself. */
    @Test
    void a_bad_byte_in_a_part_is_refused_plainly_and_nothing_else_is_printed() throws IOException {
        Path bad = dir.resolve("bad-byte.xlsx");
        try (java.util.zip.ZipFile source = new java.util.zip.ZipFile("examples/exports/microsoft-forms.xlsx");
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String text =
                            new String(bytes, StandardCharsets.ISO_8859_1).replaceFirst("Riverside", "Rive\u00ffside");
                    bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(refusal(bad, null))
                    .startsWith("this workbook (or other zipped file) is damaged or not complete");
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_unpacked() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Sheet1", row(1, book.text("A1", "Service")));
        Path real = book.write(dir.resolve("real.xlsx"));
        Path bomb = dir.resolve("bomb.xlsx");
        try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(real.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(spaces);
                    }
                } else {
                    source.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2 << 20);
        assertThat(refusal(bomb, null))
                .isEqualTo("this workbook unpacks to more than 200"
                        + " times its packed size, which no real workbook does, so it is refused as a possible zip bomb. If the workbook"
                        + " is real, save it as \"CSV UTF-8\" and score that.");
    }

    @Test
    void a_workbook_with_any_bytes_changed_is_read_or_refused_plainly_never_anything_else() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("examples/exports/microsoft-forms.xlsx"));
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 300; i++) {
            byte[] changed = whole.clone();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
            }
            Path file = Files.write(dir.resolve("changed.xlsx"), changed);
            try {
                csv(file, null);
            } catch (InvalidInputException expected) {
                assertThat(expected.problems().get(0).message()).doesNotContain("\n");
            }
        }
    }

    @Test
    void a_file_that_is_not_a_workbook_is_left_to_be_read_as_text() throws IOException {
        Path csv = Files.writeString(dir.resolve("survey.csv"), "PK,Service\n1,Riverside\n");
        assertThat(Workbook.open(csv, Optional.empty(), Words.english())).isEmpty();
    }

    @Test
    void format_codes_are_told_apart() {
        assertThat(CellStyles.kindOf("m/d/yy h:mm:ss")).isEqualTo(CellStyles.DATE_TIME);
        assertThat(CellStyles.kindOf("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy")).isEqualTo(CellStyles.DATE);
        assertThat(CellStyles.kindOf("[h]:mm:ss")).isEqualTo(CellStyles.TIME);
        assertThat(CellStyles.kindOf("mmm")).isEqualTo(CellStyles.DATE);
        assertThat(CellStyles.kindOf("0.0%")).isEqualTo(CellStyles.PERCENT);
        assertThat(CellStyles.kindOf("#,##0.00 \"days\";[Red]-#,##0.00")).isEqualTo(CellStyles.GENERAL);
        assertThat(CellStyles.kindOf("General")).isEqualTo(CellStyles.GENERAL);
        assertThat(CellStyles.kindOf("@")).isEqualTo(CellStyles.GENERAL);
    }
}
