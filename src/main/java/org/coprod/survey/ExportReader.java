package org.coprod.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coprod.core.words.Words;
import org.coprod.io.FileAccessException;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.TextFiles;
import org.coprod.survey.workbook.SheetCsv;
import org.coprod.survey.workbook.Workbook;

/**
 * Opens a survey export as it comes from the tool: UTF-8 with or without a byte-order mark, UTF-16 (Excel's
 * "Unicode text"), or Windows-1252; comma, semicolon or tab delimited (detected, or given); one to three header rows
 * (from the tool detected, or given). Rows are then read one at a time. A workbook (.xlsx) is read as its sheet saved
 * as CSV would be (see {@link Workbook}).
 */
public final class ExportReader implements AutoCloseable {
    private static final int SNIFF_BYTES = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MOST_COLUMNS = 20_000;

    private final Path file;
    private final Words words;
    private final Optional<String> sheet;
    /** The workbook's sheet being read as CSV text, when the file is a workbook. */
    private SheetCsv workbook;

    private final Charset charset;
    private final char delimiter;
    private final Preset preset;
    private final List<Column> columns;
    private final InputStream source;
    private final CsvTokenizer tokenizer;
    /** Bytes of the file read so far by the open reader, for a progress bar; written by the reading thread only. */
    private volatile long bytesRead;

    /**
     * A column, the names it goes by (best first) and, when its heading joins a grid's title and one of its rows, what
     * that row may say (see {@link Preset#statementsOf}).
     */
    public record Column(int index, List<String> names, List<String> statements) {
        public String name() {
            return names.get(0);
        }
    }

    /**
     * @param sheet the sheet to read when the file is a workbook; its first sheet when empty
     * @param words the language of the messages about the file
     */
    public ExportReader(
            Path file,
            Optional<Character> delimiterGiven,
            Optional<Integer> headerRowsGiven,
            Optional<String> sheet,
            Words words) {
        this.file = file;
        this.sheet = sheet;
        this.words = words;
        Sniffed first = sniff(file, delimiterGiven);
        this.charset = first.charset;
        this.delimiter = first.delimiter;
        List<String[]> firstRows = new ArrayList<>();
        for (int i = 0; i < 3 && first.advance(); i++) {
            firstRows.add(first.tokenizer.fields());
        }
        first.close();
        if (firstRows.isEmpty()) {
            throw invalid(0, words.get("survey.export.no-rows"));
        }
        if (firstRows.get(0).length > MOST_COLUMNS) {
            throw invalid(1, words.get("survey.export.too-many-columns", firstRows.get(0).length, MOST_COLUMNS));
        }
        Preset detected = Preset.detect(firstRows);
        int headerRows = headerRowsGiven.orElse(detected.headerRows);
        this.preset =
                headerRowsGiven.isPresent() && headerRowsGiven.get() != detected.headerRows ? Preset.GENERIC : detected;
        Sniffed reading = sniff(file, Optional.of(delimiter));
        this.source = reading.text;
        this.tokenizer = reading.tokenizer;
        List<String[]> header = new ArrayList<>();
        while (header.size() < headerRows && advance()) {
            header.add(tokenizer.fields());
        }
        this.columns = columns(header);
    }

    /** An open file with its character set and delimiter worked out, positioned at its first record. */
    private final class Sniffed {
        final InputStream text;
        final CsvTokenizer tokenizer;
        final Charset charset;
        final char delimiter;

        Sniffed(InputStream text, Charset charset, char delimiter) {
            this.text = text;
            this.charset = charset;
            this.delimiter = delimiter;
            this.tokenizer = new CsvTokenizer(text, delimiter, charset.equals(StandardCharsets.UTF_8));
        }

        boolean advance() {
            return ExportReader.this.advance(tokenizer, charset);
        }

        void close() {
            try {
                text.close();
            } catch (IOException ignored) {
                // only read from
            }
        }
    }

    /**
     * Opens the file as UTF-8 bytes: read as they are when the file is UTF-8 (checked as they are read), otherwise
     * re-encoded from the character set found.
     */
    private Sniffed sniff(Path path, Optional<Character> delimiterGiven) {
        InputStream raw = null;
        try {
            bytesRead = 0;
            raw = counted(open(path));
            byte[] firstBytes = raw.readNBytes(SNIFF_BYTES);
            refuseNonText(firstBytes);
            Charset detected = detectCharset(firstBytes);
            if (detected.equals(WINDOWS_1252) && holdsUtf8Characters(firstBytes)) {
                throw notUtf8Here(firstBytes);
            }
            InputStream whole = new SequenceInputStream(new ByteArrayInputStream(firstBytes), raw);
            InputStream text = detected.equals(StandardCharsets.UTF_8)
                    ? whole
                    : new Utf8Stream(new InputStreamReader(whole, strictDecoder(detected)));
            byte[] start = text.readNBytes(SNIFF_BYTES);
            String head = leadingText(start, SNIFF_BYTES / 2);
            int byteOrderMark = head.startsWith("\uFEFF") ? 3 : 0;
            head = head.substring(byteOrderMark == 0 ? 0 : 1);
            if (head.isBlank()) {
                text.close();
                throw invalid(0, words.get("survey.export.empty"));
            }
            String sample = head;
            InputStream rest = new SequenceInputStream(
                    new ByteArrayInputStream(start, byteOrderMark, start.length - byteOrderMark), text);
            char delimiter = workbook != null ? ',' : delimiterGiven.orElseGet(() -> detectDelimiter(sample));
            return new Sniffed(rest, detected, delimiter);
        } catch (CharacterCodingException e) {
            closeQuietly(raw);
            throw invalid(0, words.get("survey.export.no-known-encoding"));
        } catch (IOException e) {
            closeQuietly(raw);
            throw cannotRead(e);
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    /** At most the first {@code most} characters of UTF-8 bytes that may end part-way through a character. */
    private static String leadingText(byte[] utf8, int most) {
        int end = Utf8Check.check(utf8, 0, utf8.length);
        String text = new String(utf8, 0, end < 0 ? utf8.length : end, StandardCharsets.UTF_8);
        return text.length() > most ? text.substring(0, most) : text;
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // only read from
            }
        }
    }

    /** A PDF or any other binary file, told apart from an export before it is read as text (a workbook never gets here). */
    private void refuseNonText(byte[] start) {
        boolean utf16 = start.length >= 2 && ((start[0] == 0) != (start[1] == 0) || (start[0] & 0xFF) >= 0xFE);
        int zeros = 0;
        for (byte b : start) {
            zeros += b == 0 ? 1 : 0;
        }
        if (!utf16 && zeros > 0) {
            throw invalid(0, words.get("survey.export.binary"));
        }
    }

    private InputStream counted(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
    }

    /** How much of the file has been read, from 0 to 1 (0 when its size cannot be told). */
    public double fractionRead() {
        if (workbook != null) {
            return workbook.fractionRead();
        }
        try {
            long size = Files.size(file);
            return size == 0 ? 0 : Math.min(1.0, (double) bytesRead / size);
        } catch (IOException e) {
            return 0;
        }
    }

    private InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileAccessException(words.get("survey.file.folder", file));
        }
        try {
            // language: ExportReader's own messages are English until the command passes its --language here
            workbook = Workbook.open(file, sheet, words).orElse(null);
            return workbook != null ? workbook : Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new FileAccessException(words.get("survey.file.missing", file));
        } catch (AccessDeniedException e) {
            throw new FileAccessException(words.get("survey.file.denied", file));
        }
    }

    private FileAccessException cannotRead(IOException e) {
        return new FileAccessException(words.get("survey.file.unreadable", file, e.getMessage()), e);
    }

    private static Charset detectCharset(byte[] start) {
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
        return validUtf8(start) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /**
     * Whether the bytes hold characters written as UTF-8 (a lead byte and all its continuation bytes), as a file saved
     * as UTF-8 does and one saved as Windows-1252 almost never does: with them, a byte that is not UTF-8 is a mistake
     * in the file, and re-reading the whole file as Windows-1252 would change every accented letter in it.
     */
    private static boolean holdsUtf8Characters(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int following = lead >= 0xC2 && lead <= 0xDF
                    ? 1
                    : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (following > 0 && i + following < bytes.length && continuations(bytes, i + 1, following)) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private InvalidInputException notUtf8Here(byte[] start) {
        int bad = TextFiles.firstInvalidUtf8(start, 0);
        return invalid(
                TextFiles.lineOf(start, bad),
                words.get(
                        "survey.export.one-byte-not-utf8",
                        String.format(Locale.ROOT, "%,d", bad + 1),
                        String.format(Locale.ROOT, "%02X", start[bad] & 0xFF)));
    }

    /** Whether the bytes are UTF-8; a character cut short at the end of the sample is allowed. */
    private static boolean validUtf8(byte[] bytes) {
        java.nio.charset.CoderResult result = strictDecoder(StandardCharsets.UTF_8)
                .decode(ByteBuffer.wrap(bytes), java.nio.CharBuffer.allocate(bytes.length + 1), false);
        return !result.isError();
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The delimiter that splits the first lines into the same number of fields, the most fields winning ties. Counting
     * only the header line is not enough: Excel leaves commas in question texts unquoted when it saves with semicolons.
     */
    static char detectDelimiter(String head) {
        char best = ',';
        int bestScore = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            List<Integer> counts = fieldCounts(head, candidate, 20);
            if (counts.isEmpty() || counts.get(0) < 2) {
                continue;
            }
            long agreeing = counts.stream().filter(c -> c.equals(counts.get(0))).count();
            int score = (int) (agreeing * 10_000 / counts.size()) * 100 + Math.min(99, counts.get(0));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Fields per line of the first {@code lines} complete lines (quotes respected). */
    private static List<Integer> fieldCounts(String text, char delimiter, int lines) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        int fields = 1;
        boolean lineHasText = false;
        for (int i = 0; i < text.length() && counts.size() < lines; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                fields++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (lineHasText || fields > 1) {
                    counts.add(fields);
                }
                fields = 1;
                lineHasText = false;
                continue;
            }
            lineHasText = true;
        }
        if (counts.isEmpty() && (lineHasText || fields > 1)) {
            counts.add(fields);
        }
        return counts;
    }

    private List<Column> columns(List<String[]> header) {
        int width = header.stream().mapToInt(r -> r.length).max().orElse(0);
        List<Column> found = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> names = preset.namesOf(c, header);
            found.add(new Column(c, names, preset.statementsOf(names)));
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

    /** The name of the workbook's sheet being read; empty when the file is not a workbook. */
    public Optional<String> sheetName() {
        return Optional.ofNullable(workbook).map(SheetCsv::name);
    }

    /** The workbook's other sheets of cells, which --sheet could name instead; empty when the file is not a workbook. */
    public List<String> otherSheets() {
        return workbook == null ? List.of() : workbook.otherSheets();
    }

    public Preset preset() {
        return preset;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Moves to the next data row; false at the end of the file. */
    public boolean next() {
        return advance();
    }

    /** The current row's number among the file's rows, header rows included, from 1. */
    public long rowNumber() {
        return tokenizer.recordNumber();
    }

    public String[] cells() {
        return tokenizer.fields();
    }

    /** The line on which the next row starts: the number of lines read so far, plus one. */
    long nextLineNumber() {
        return tokenizer.nextLineNumber();
    }

    /** Whether the file's bytes are to be checked as UTF-8 (not when they were re-encoded from another character set). */
    boolean checksUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /**
     * The rows not yet read, in parts that end where a record ends, to be read on {@code threads} threads: parts of a
     * megabyte, or smaller for a smaller file, so that even a file of a few hundred kilobytes keeps every thread busy.
     */
    RecordSplitter restInParts(int threads) {
        long size = 0;
        if (workbook == null) {
            try {
                size = Files.size(file);
            } catch (IOException unknown) {
                // a file gone: parts of the usual size
            }
        }
        if (size <= 0) { // a workbook's sheet, or a pipe
            size = RecordSplitter.PART_BYTES * 4L * threads;
        }
        int partBytes = (int) Math.max(64 * 1024, Math.min(RecordSplitter.PART_BYTES, size / (4L * threads)));
        return new RecordSplitter(
                tokenizer.unparsed(), tokenizer.inputExhausted() ? null : source, delimiter, partBytes);
    }

    /**
     * What to tell of a part of the file that could not be read (see {@link RowCoder.Coded#failure}), whose record
     * and line numbers count from the start of the part: {@code recordsBefore} and {@code linesBefore} come before it.
     */
    RuntimeException failureIn(Exception failure, long recordsBefore, long linesBefore) {
        if (failure instanceof CsvTokenizer.Malformed e) {
            return malformed(e, recordsBefore, linesBefore);
        }
        if (failure instanceof CsvTokenizer.NotUtf8 e) {
            return notReadableAs(charset, linesBefore + e.line);
        }
        throw new IllegalArgumentException("not a reading failure", failure);
    }

    /** What to tell when reading the file failed while reading the part that starts on line {@code line}. */
    RuntimeException failureReading(IOException e, long line) {
        return readFailure(e, charset, line);
    }

    private InvalidInputException malformed(CsvTokenizer.Malformed e, long recordsBefore, long linesBefore) {
        return invalid(
                0,
                words.get(
                        "survey.export.malformed-row",
                        recordsBefore + e.record,
                        linesBefore + e.line,
                        e.otherLine < 0 ? words.get(e.key, e.args) : words.get(e.key, linesBefore + e.otherLine)));
    }

    private boolean advance() {
        return advance(tokenizer, charset);
    }

    private boolean advance(CsvTokenizer from, Charset readAs) {
        try {
            return from.next();
        } catch (IOException e) {
            throw readFailure(e, readAs, from.lineNumber());
        } catch (CsvTokenizer.Malformed e) {
            throw malformed(e, 0, 0);
        }
    }

    /** @param line the line being read, for a character that cannot be read as {@code readAs} */
    private RuntimeException readFailure(IOException e, Charset readAs, long line) {
        if (e instanceof CsvTokenizer.NotUtf8 notUtf8) {
            return notReadableAs(readAs, notUtf8.line);
        }
        if (e instanceof CharacterCodingException) {
            return notReadableAs(readAs, line);
        }
        return cannotRead(e);
    }

    private InvalidInputException notReadableAs(Charset readAs, long line) {
        return invalid(0, words.get("survey.export.not-readable-as", readAs.displayName(), line));
    }

    private InvalidInputException invalid(int line, String message) {
        return new InvalidInputException(new Problem(file.toString(), line, 0, message + "."));
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException ignored) {
            // nothing was written; closing a file being read cannot lose anything
        }
    }
}
