package org.coprod.survey.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One sheet of a workbook as CSV text (UTF-8, comma-separated), made a few rows at a time as it is read, as Excel's
 * "Save as CSV UTF-8" would write it: every row as wide as the header, empty cells as empty fields. Rows with nothing
 * in them are left out, as CSV reading skips blank lines. The width is that of the first three rows (as many header
 * rows as any tool writes), counted to their last cell with something in it; a row with something further right
 * keeps it, and is then reported as having more fields than the header.
 */
public final class SheetCsv extends InputStream {
    /** Excel's widest sheet (XFD); a cell reference beyond it is a damaged file. */
    static final int MOST_COLUMNS = 16_384;

    private static final int HEADER_ROWS_SEEN = 3;
    private static final int CHUNK = 64 * 1024;

    private final WorkbookZip zip;
    private final WorkbookZip.Part part;
    private final XMLStreamReader xml;
    private final String name;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final Refusals refusals;
    private final ByteSink out = new ByteSink(CHUNK * 2);
    private int position;
    private boolean started;
    private boolean ended;
    private int width;
    private final Row row = new Row();
    private final List<String> otherSheets;

    SheetCsv(
            WorkbookZip zip,
            WorkbookZip.Part part,
            String name,
            SharedStrings strings,
            CellStyles styles,
            boolean date1904,
            Refusals refusals,
            List<String> otherSheets) {
        this.otherSheets = List.copyOf(otherSheets);
        this.zip = zip;
        this.part = part;
        this.xml = part.xml();
        this.name = name;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.refusals = refusals;
    }

    /** The sheet's name, as its tab shows it. */
    public String name() {
        return name;
    }

    /** The workbook's other sheets of cells, which --sheet could name instead. */
    public List<String> otherSheets() {
        return otherSheets;
    }

    /** How much of the sheet has been read, from 0 to 1, for a progress bar. */
    public double fractionRead() {
        return part.bytes().fractionRead();
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        while (position == out.size()) {
            if (ended) {
                return -1;
            }
            out.clear();
            position = 0;
            fill();
        }
        int n = Math.min(len, out.size() - position);
        System.arraycopy(out.array(), position, b, off, n);
        position += n;
        return n;
    }

    /** Writes the next rows, at least one unless the sheet has ended. */
    private void fill() {
        try {
            if (!started) {
                started = true;
                writeHeader();
                return;
            }
            while (out.size() < CHUNK && !ended) {
                if (row.readNext()) {
                    row.writeTo(out, width);
                } else {
                    ended = true;
                }
            }
        } catch (XMLStreamException e) {
            throw refusals.damaged();
        }
    }

    private void writeHeader() throws XMLStreamException {
        List<Row> first = new ArrayList<>();
        while (first.size() < HEADER_ROWS_SEEN) {
            Row next = new Row();
            if (!next.readNext()) {
                ended = true;
                break;
            }
            first.add(next);
        }
        if (first.isEmpty()) {
            throw refusals.refuse("workbook.no-rows", name);
        }
        width = first.stream().mapToInt(r -> r.lastColumn + 1).max().orElse(0);
        for (Row r : first) {
            r.writeTo(out, width);
        }
    }

    /** A row's cells with something in them, as CSV fields, and their columns. */
    private final class Row {
        final ByteSink fields = new ByteSink(1024);
        int[] columns = new int[64];
        int[] ends = new int[64];
        int count;
        int lastColumn;

        /** Reads the next row with something in it; false at the end of the sheet. */
        boolean readNext() throws XMLStreamException {
            while (toNext("row")) {
                readCells();
                if (count > 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean toNext(String element) throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals(element)) {
                    return true;
                }
            }
            return false;
        }

        private void readCells() throws XMLStreamException {
            fields.clear();
            count = 0;
            lastColumn = -1;
            int column = -1;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("row")) {
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("c")) {
                    column = Math.max(column + 1, columnOf(xml.getAttributeValue(null, "r"), column + 1));
                    readCell(column);
                }
            }
        }

        private void readCell(int column) throws XMLStreamException {
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            String value = null;
            String inline = null;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("c")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v" -> value = xml.getElementText();
                        case "is" -> inline = CellText.richText(xml);
                        default -> skip();
                    }
                }
            }
            int before = fields.size();
            write(type, style, value, inline);
            if (fields.size() > before) {
                add(column);
            }
        }

        /** Passes over an element this reader has no use for (a formula, an extension), with all it holds. */
        private void skip() throws XMLStreamException {
            for (int depth = 1; depth > 0; ) {
                int event = xml.next();
                depth += event == XMLStreamConstants.START_ELEMENT
                        ? 1
                        : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
            }
        }

        private void write(String type, String style, String value, String inline) {
            if (inline != null) {
                fields.writeField(inline);
                return;
            }
            if (value == null || value.isEmpty()) {
                return;
            }
            switch (type == null ? "n" : type) {
                case "s" -> {
                    if (!strings.writeTo(fields, index(value))) {
                        throw refusals.damaged();
                    }
                }
                case "b" -> fields.writeField(value.equals("1") || value.equalsIgnoreCase("true") ? "TRUE" : "FALSE");
                case "str", "inlineStr" -> fields.writeField(CellText.unescape(value));
                case "d" -> fields.writeField(value.replace('T', ' '));
                case "e" -> fields.writeField(value);
                default -> fields.writeField(CellText.number(value, styles.kindOf(index(style)), date1904));
            }
        }

        private void add(int column) {
            if (count == columns.length) {
                columns = Arrays.copyOf(columns, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            columns[count] = column;
            ends[count++] = fields.size();
            lastColumn = column;
        }

        /** The row as one CSV line, at least {@code width} fields wide. */
        void writeTo(ByteSink csv, int width) {
            int column = 0;
            int start = 0;
            for (int i = 0; i < count; i++) {
                for (; column < columns[i]; column++) {
                    csv.write(',');
                }
                csv.write(fields.array(), start, ends[i] - start);
                start = ends[i];
            }
            for (; column < width - 1; column++) {
                csv.write(',');
            }
            csv.write('\r');
            csv.write('\n');
        }
    }

    private static int index(String number) {
        try {
            return number == null ? -1 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The column of a reference such as "AB12", from 0; {@code otherwise} when there is none. */
    private int columnOf(String reference, int otherwise) {
        if (reference == null) {
            return otherwise;
        }
        int column = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > MOST_COLUMNS) {
                throw refusals.damaged();
            }
        }
        return i == 0 ? otherwise : column - 1;
    }

    @Override
    public void close() {
        part.close();
        zip.close();
    }
}
