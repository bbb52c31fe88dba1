package org.coprod.survey.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks for tests, part by part, as Excel lays them out (ECMA-376): a workbook with its
 * sheets, their relationships, a shared strings table and styles. Cells are given as the XML Excel writes for them,
 * or made from CSV records by {@link #sheetFrom}.
 */
final class TestWorkbook {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Cell styles: 0 General, 1 date (built-in 14), 2 date and time "m/d/yyyy h:mm:ss" as Google Sheets writes,
     * 3 time (built-in 20), 4 percent (built-in 9), 5 "0.00", 6 a date with a locale "[$-409]d-mmm-yy;@". */
    static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"3\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"m/d/yyyy h:mm:ss\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"[$-409]d\\-mmm\\-yy;@\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"22\"/></cellStyleXfs><cellXfs count=\"7\"><xf numFmtId=\"0\"/>"
            + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\"/><xf numFmtId=\"20\"/><xf numFmtId=\"9\"/>"
            + "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>";

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]*[1-9])?");

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final List<String> hidden = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIndex = new LinkedHashMap<>();
    private String workbookProperties = "<workbookPr/>";

    /** A sheet whose {@code <sheetData>} holds the rows given (see {@link #row}). */
    TestWorkbook sheet(String name, String... rows) {
        sheets.put(name, String.join("", rows));
        return this;
    }

    TestWorkbook hidden(String name) {
        hidden.add(name);
        return this;
    }

    TestWorkbook dates1904() {
        workbookProperties = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /** Adds an item to the shared strings table (its XML, inside {@code <si>}), returning its number. */
    int sharedItem(String itemXml) {
        strings.add(itemXml);
        return strings.size() - 1;
    }

    /** The number of a plain shared string, added the first time. */
    int shared(String text) {
        return stringIndex.computeIfAbsent(text, t -> sharedItem("<t xml:space=\"preserve\">" + xml(t) + "</t>"));
    }

    static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    static String cell(String reference, String attributes, String inside) {
        return "<c r=\"" + reference + "\"" + attributes + ">" + inside + "</c>";
    }

    static String number(String reference, String value) {
        return cell(reference, "", "<v>" + value + "</v>");
    }

    String text(String reference, String value) {
        return cell(reference, " t=\"s\"", "<v>" + shared(value) + "</v>");
    }

    /**
     * A sheet made of CSV records, as a tool that writes .xlsx would: numbers as numbers, the cells of the columns
     * named in {@code dateColumns} (below the header rows) as date serials styled as dates and times, the rest as
     * shared strings, or as inline strings when {@code inline}.
     */
    TestWorkbook sheetFrom(
            String name, List<List<String>> records, int headerRows, List<String> dateColumns, boolean inline) {
        List<String> rows = new ArrayList<>();
        List<String> header = records.get(0);
        for (int r = 0; r < records.size(); r++) {
            StringBuilder cells = new StringBuilder();
            List<String> record = records.get(r);
            for (int c = 0; c < record.size(); c++) {
                String value = record.get(c);
                String reference = column(c) + (r + 1);
                if (value.isEmpty()) {
                    continue;
                }
                if (r >= headerRows && c < header.size() && dateColumns.contains(header.get(c))) {
                    cells.append(cell(reference, " s=\"2\"", "<v>" + (46300 + r / 97.0) + "</v>"));
                } else if (NUMBER.matcher(value).matches()) {
                    cells.append(number(reference, value));
                } else if (inline) {
                    cells.append(cell(
                            reference,
                            " t=\"inlineStr\"",
                            "<is><t xml:space=\"preserve\">" + xml(value) + "</t></is>"));
                } else {
                    cells.append(text(reference, value));
                }
            }
            rows.add(row(r + 1, cells.toString()));
        }
        return sheet(name, rows.toArray(String[]::new));
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** Text as Excel writes it in XML: markup escaped, control characters (a carriage return too) as _xHHHH_. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default ->
                    out.append(
                            c < 0x20 && c != '\t' && c != '\n' ? String.format("_x%04X_", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    Path write(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        parts.put(
                "_rels/.rels",
                relationships("<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/>"));
        StringBuilder sheetList = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            n++;
            sheetList
                    .append("<sheet name=\"")
                    .append(xml(sheet.getKey()).replace("\"", "&quot;"))
                    .append("\" sheetId=\"")
                    .append(n)
                    .append("\" r:id=\"rId")
                    .append(n)
                    .append('"')
                    .append(hidden.contains(sheet.getKey()) ? " state=\"hidden\"" : "")
                    .append("/>");
            rels.append("<Relationship Id=\"rId")
                    .append(n)
                    .append("\" Type=\"")
                    .append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(n)
                    .append(".xml\"/>");
            parts.put(
                    "xl/worksheets/sheet" + n + ".xml",
                    "<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1\"/><sheetData>" + sheet.getValue()
                            + "</sheetData></worksheet>");
        }
        rels.append("<Relationship Id=\"rIdS\" Type=\"")
                .append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/>");
        rels.append("<Relationship Id=\"rIdT\" Type=\"")
                .append(RELATIONSHIPS)
                .append("/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>");
        parts.put(
                "xl/workbook.xml",
                "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">" + workbookProperties + "<sheets>"
                        + sheetList + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", relationships(rels.toString()));
        parts.put("xl/styles.xml", STYLES);
        parts.put(
                "xl/sharedStrings.xml",
                "<sst xmlns=\"" + MAIN + "\" count=\"" + strings.size() + "\"><si>" + String.join("</si><si>", strings)
                        + "</si></sst>");
        if (strings.isEmpty()) {
            parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\" count=\"0\"/>");
        }
        return zip(file, parts);
    }

    private static String relationships(String inside) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + inside
                + "</Relationships>";
    }

    static Path zip(Path file, Map<String, String> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.getValue())
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
