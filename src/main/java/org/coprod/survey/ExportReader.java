package org.coprod.survey;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coprod.io.FileAccessException;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;

/**
 * Opens a survey export as it comes from the tool: UTF-8 with or without a byte-order mark, UTF-16 (Excel's
 * "Unicode text"), or Windows-1252; comma, semicolon or tab delimited (detected, or given); one to three header rows
 * (from the tool detected, or given). Rows are then read one at a time.
 */
public final class ExportReader implements AutoCloseable {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int MOST_COLUMNS = 20_000;

    private final Path file;
    private final Charset charset;
    private final char delimiter;
    private final Preset preset;
    private final List<Column> columns;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    /** A column and the names it goes by (best first). */
    public record Column(int index, List<String> names) {
        public String name() {
            return names.get(0);
        }
    }

    /** A data row: its number in the file's rows (header rows included, from 1) and its cells. */
    public record Row(long number, String[] cells) {}

    public ExportReader(Path file, Optional<Character> delimiterGiven, Optional<Integer> headerRowsGiven) {
        this.file = file;
        try {
            BufferedInputStream in = new BufferedInputStream(open(file), 1 << 16);
            this.charset = detectCharset(in);
            Reader reader = new BufferedReader(new InputStreamReader(in, strictDecoder(charset)), 1 << 16);
            reader.mark(SNIFF_BYTES);
            char[] start = new char[SNIFF_BYTES / 2];
            int read = Math.max(0, reader.read(start));
            reader.reset();
            String head = new String(start, 0, read);
            if (head.startsWith("\uFEFF")) {
                reader.skip(1);
                head = head.substring(1);
            }
            if (head.isBlank()) {
                throw invalid(0, "the file is empty");
            }
            String headerLine = firstLine(head);
            this.delimiter = delimiterGiven.orElseGet(() -> detectDelimiter(headerLine));
            CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            this.records = parser.iterator();
            List<String[]> firstRows = new ArrayList<>();
            for (int i = 0; i < 3 && hasNext(); i++) {
                firstRows.add(nextRecord().values());
            }
            if (firstRows.isEmpty()) {
                throw invalid(0, "the file has no rows");
            }
            if (firstRows.get(0).length > MOST_COLUMNS) {
                throw invalid(1, "the header has " + firstRows.get(0).length + " columns; coprod reads at most " + MOST_COLUMNS);
            }
            Preset detected = Preset.detect(firstRows);
            int headerRows = headerRowsGiven.orElse(detected.headerRows);
            this.preset = headerRowsGiven.isPresent() && headerRowsGiven.get() != detected.headerRows ? Preset.GENERIC : detected;
            List<String[]> header = firstRows.subList(0, Math.min(headerRows, firstRows.size()));
            while (header.size() < headerRows && hasNext()) {
                header = new ArrayList<>(header);
                header.add(nextRecord().values());
            }
            this.columns = columns(header);
            this.pending = new ArrayList<>(firstRows.subList(Math.min(headerRows, firstRows.size()), firstRows.size()));
            this.pendingNumber = headerRows + 1;
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    private final List<String[]> pending;
    private long pendingNumber;

    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileAccessException(file + " is a folder, not a file.");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new FileAccessException("There is no file " + file + ". Check the name and the folder.");
        } catch (AccessDeniedException e) {
            throw new FileAccessException("Cannot read " + file + ": permission denied.");
        }
    }

    private static Charset detectCharset(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] start = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (start.length >= 4 && start[0] != 0 && start[1] == 0 && start[2] != 0 && start[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (start.length >= 4 && start[0] == 0 && start[1] != 0 && start[2] == 0 && start[3] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        return validUtf8(start) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    /** Whether the bytes are UTF-8; a character cut short at the end of the sample is allowed. */
    private static boolean validUtf8(byte[] bytes) {
        java.nio.charset.CoderResult result = strictDecoder(StandardCharsets.UTF_8)
                .decode(ByteBuffer.wrap(bytes), java.nio.CharBuffer.allocate(bytes.length + 1), false);
        return !result.isError();
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String firstLine(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** The most frequent of comma, semicolon and tab outside quotes on the first line; comma when there is none. */
    static char detectDelimiter(String line) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<Column> columns(List<String[]> header) {
        int width = header.stream().mapToInt(r -> r.length).max().orElse(0);
        List<Column> found = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            found.add(new Column(c, preset.namesOf(c, header)));
        }
        return found;
    }

    public Path file() {
        return file;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    public Preset preset() {
        return preset;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The next data row, or empty at the end of the file. */
    public Optional<Row> next() {
        if (!pending.isEmpty()) {
            return Optional.of(new Row(pendingNumber++, pending.remove(0)));
        }
        if (!hasNext()) {
            return Optional.empty();
        }
        CSVRecord record = nextRecord();
        pendingNumber++;
        return Optional.of(new Row(record.getRecordNumber(), record.values()));
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw readFailure(e.getCause());
        }
    }

    private CSVRecord nextRecord() {
        try {
            return records.next();
        } catch (UncheckedIOException e) {
            throw readFailure(e.getCause());
        }
    }

    private RuntimeException readFailure(IOException e) {
        long row = parser == null ? 1 : parser.getRecordNumber() + 1;
        long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
        if (e instanceof MalformedInputException || e instanceof CharacterCodingException) {
            return invalid(0, "the file cannot be read as " + charset.displayName() + " text near line " + line
                    + "; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return invalid(0, "row " + row + " opens a quoted field (\") that is never closed, so the rest of the file"
                    + " cannot be read; check the quotes in that row");
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return invalid(0, "row " + row + " has text straight after a closing quote (\"), near line " + line
                    + "; a quote inside a quoted field must be doubled (\"\")");
        }
        return new FileAccessException("Cannot read " + file + ": " + message, e);
    }

    private InvalidInputException invalid(int line, String message) {
        return new InvalidInputException(new Problem(file.toString(), line, 0, message + "."));
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException ignored) {
            // nothing was written; closing a file being read cannot lose anything
        }
    }
}
