package org.coprod.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, CR LF or LF) one record at a time,
 * from UTF-8 bytes. Fields stay where they are in the buffer as start and end offsets, so a cell is only turned into
 * a String when it is asked for; {@link ValueTable} can look a cell up without that. Empty lines are skipped.
 *
 * <p>Written for speed: Apache Commons CSV took 2.1 s to parse the 1,000,000-row benchmark file, more than the whole
 * time budget for scoring it (see the README's speed section); it remains the reference this tokenizer is tested against.
 * Working on bytes rather than characters saves decoding the whole file: the bytes are only checked to be UTF-8.
 */
final class CsvTokenizer {
    /** The file's text is not well-formed CSV: what is wrong, as the key of its words (see {@code survey.properties}). */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final Object[] args;
        final long record;
        final long line;
        /** A second line the words name ({@code {0}}), counted as {@link #line} is; -1 for none. */
        final long otherLine;

        Malformed(String key, long record, long line, Object... args) {
            this(key, record, line, args, -1);
        }

        private Malformed(String key, long record, long line, Object[] args, long otherLine) {
            super(key);
            this.key = key;
            this.args = args;
            this.record = record;
            this.line = line;
            this.otherLine = otherLine;
        }

        /**
         * A quoted field that runs over line ends to a quote followed by text. Either its closing quote was left out,
         * and it took in the lines after it up to the next quote, or text was put after a closing quote: the words
         * say both. Named by the line it opens on, and naming the line of that quote.
         */
        static Malformed quoteRunsOn(long record, long openedOn, long quoteOn) {
            return new Malformed("survey.csv.quote-runs-on", record, openedOn, new Object[0], quoteOn);
        }
    }

    /** A byte that cannot be UTF-8, on the given line of the file. */
    static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        NotUtf8(long line) {
            super("line " + line);
            this.line = line;
        }
    }

    /** Far beyond any real row, and small enough that a file with no line breaks fails clearly in a small heap. */
    static final int MOST_BYTES_IN_A_RECORD = 8 * 1024 * 1024;

    private final InputStream in;
    private final byte delimiter;
    /** Whether the bytes still need checking as UTF-8 (not when they were re-encoded from another character set). */
    private final boolean checkUtf8;

    private final int plainMargin;
    private byte[] buffer;
    private int length;
    private int position;
    /** Bytes from here to {@code length} are not yet known to be UTF-8: the start of a character cut short. */
    private int unchecked;

    private boolean endOfInput;

    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** The fields of the current record that are quoted and hold a doubled quote. */
    private int[] doubledFields = new int[8];

    private int doubledCount;
    private long record;
    private long line = 1;
    private long recordLine = 1;

    /**
     * @param delimiter an ASCII character
     * @param checkUtf8 whether to check that the bytes are UTF-8 (false when the stream itself guarantees it)
     */
    CsvTokenizer(InputStream in, char delimiter, boolean checkUtf8) {
        this(in, delimiter, checkUtf8, PLAIN_MARGIN);
    }

    /** @param plainMargin see {@link #PLAIN_MARGIN}; tests give 0, to read small files the quick way */
    CsvTokenizer(InputStream in, char delimiter, boolean checkUtf8, int plainMargin) {
        if (delimiter >= 0x80) {
            throw new IllegalArgumentException("the delimiter must be an ASCII character: " + delimiter);
        }
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.checkUtf8 = checkUtf8;
        this.plainMargin = plainMargin;
        this.buffer = in == null ? null : new byte[1 << 20];
    }

    /**
     * Reads the records of bytes held whole: a part of an export cut at the end of a record (see {@link
     * RecordSplitter}), or its last part. Record and line numbers count from the start of these bytes.
     */
    CsvTokenizer(byte[] bytes, int length, char delimiter, boolean checkUtf8) throws NotUtf8 {
        this(null, delimiter, checkUtf8, 0);
        this.buffer = bytes;
        this.length = length;
        this.endOfInput = true;
        checkUtf8();
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() throws IOException, Malformed {
        while (true) {
            if (position >= length && !fill()) {
                return false;
            }
            int outcome = parseRecord();
            if (outcome == RECORD) {
                record++;
                return true;
            }
            if (outcome == NEED_MORE && !fill()) {
                return false;
            }
        }
    }

    private static final int RECORD = 0;
    private static final int NEED_MORE = 1;
    private static final int EMPTY_LINE = 2;

    /**
     * Parses one record starting at {@code position}. Returns NEED_MORE (leaving {@code position} unchanged) when the
     * buffer ends inside it and more input may follow.
     */
    private int parseRecord() throws Malformed {
        final byte[] buffer = this.buffer;
        final int length = this.length;
        final byte delimiter = this.delimiter;
        int p = position;
        if (p < length && (buffer[p] == '\n' || buffer[p] == '\r')) {
            int after = skipLineEnd(p);
            if (after < 0) {
                return NEED_MORE;
            }
            position = after;
            line++;
            return EMPTY_LINE;
        }
        int n = 0;
        int lines = 0;
        int[] starts = this.starts;
        int[] ends = this.ends;
        doubledCount = 0;
        while (true) {
            if (n == starts.length) {
                grow();
                starts = this.starts;
                ends = this.ends;
            }
            int q = p;
            byte c = 0;
            if (q < length && buffer[q] == '"') {
                q = closingQuote(p, n);
                if (q < 0 && endOfInput) {
                    throw new Malformed("survey.csv.quote-never-closed", record + 1, line);
                }
                if (q < 0) {
                    return NEED_MORE;
                }
                int openedOn = lines;
                lines += linesInQuotes;
                starts[n] = p + 1;
                ends[n++] = q;
                q++;
                if (q >= length && !endOfInput) {
                    return NEED_MORE;
                }
                if (q < length && (c = buffer[q]) != delimiter && c != '\n' && c != '\r') {
                    throw linesInQuotes > 0
                            ? Malformed.quoteRunsOn(record + 1, line + openedOn, line + lines)
                            : new Malformed("survey.csv.text-after-closing-quote", record + 1, line + lines);
                }
            } else {
                while (q < length && (c = buffer[q]) != delimiter && c != '\n' && c != '\r') {
                    q++;
                }
                if (q >= length && !endOfInput) {
                    return NEED_MORE;
                }
                starts[n] = p;
                ends[n++] = q;
            }
            if (q >= length) {
                return commit(n, q, lines);
            }
            if (c == delimiter) {
                p = q + 1;
                continue;
            }
            int after = skipLineEnd(q);
            if (after < 0) {
                return NEED_MORE;
            }
            return commit(n, after, lines + 1);
        }
    }

    private int linesInQuotes;

    /**
     * The offset of the quote closing the quoted field that opens at {@code open}, noting the line breaks inside it in
     * {@code linesInQuotes} and a doubled quote as field {@code field}'s; -1 when what has been read ends first. ({@link
     * RecordSplitter} follows the same rule to cut a file into parts.)
     */
    private int closingQuote(int open, int field) {
        int q = open + 1;
        int lines = 0;
        boolean doubledQuote = false;
        while (true) {
            if (q >= length) {
                return -1;
            }
            byte c = buffer[q];
            if (c == '"') {
                if (q + 1 >= length && !endOfInput) {
                    return -1;
                }
                if (q + 1 < length && buffer[q + 1] == '"') {
                    doubledQuote = true;
                    q += 2;
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && (q + 1 >= length || buffer[q + 1] != '\n')) {
                lines++; // LF, CR LF or a CR alone, as line ends outside quotes are counted
            }
            q++;
        }
        if (doubledQuote) {
            if (doubledCount == doubledFields.length) {
                doubledFields = Arrays.copyOf(doubledFields, doubledCount * 2);
            }
            doubledFields[doubledCount++] = field;
        }
        linesInQuotes = lines;
        return q;
    }

    /** The position after a line end at {@code p} (CR LF, LF or CR); -1 if a CR is the last byte read so far. */
    private int skipLineEnd(int p) {
        if (buffer[p] == '\r') {
            if (p + 1 >= length && !endOfInput) {
                return -1;
            }
            return p + 1 < length && buffer[p + 1] == '\n' ? p + 2 : p + 1;
        }
        return p + 1;
    }

    private int commit(int fields, int next, int lines) {
        count = fields;
        if (doubledCount > 0) {
            undoubleQuotes();
        }
        position = next;
        recordLine = line;
        line += lines;
        return RECORD;
    }

    /** Turns each doubled quote in a quoted field into one, in place: only once the whole record has been read. */
    private void undoubleQuotes() {
        for (int k = 0; k < doubledCount; k++) {
            int i = doubledFields[k];
            int to = starts[i];
            for (int from = starts[i]; from < ends[i]; from++) {
                buffer[to++] = buffer[from];
                if (buffer[from] == '"') {
                    from++;
                }
            }
            ends[i] = to;
        }
    }

    /** Room for more fields. */
    private void grow() {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
    }

    /**
     * How much must be left in the buffer for {@link #nextPlain} to start a record: the last few rows before each
     * refill are left to {@link #next}, so that a record cut short by the end of the buffer is rare enough on the
     * quick way not to count in how Java compiles it (it would otherwise be compiled again once that happens).
     */
    private static final int PLAIN_MARGIN = 8192;

    private int[] unresolved = new int[64];
    private int unresolvedCount;

    /**
     * Reads the next record the quick way when it is plain, as nearly every row of a large export is, and codes its
     * answers on the way: the one place where the quick way of reading is written (the usual way is {@link #next}).
     * A record is plain when it has exactly one field per entry of {@code known} and has been read whole into the
     * buffer; its quoted fields may hold doubled quotes and line breaks, as a free-text comment does.
     *
     * <p>A field whose column has answers ({@code known[column]} not null) and that is one of the answers known there,
     * written the same way, puts its code into {@code codes} at {@code slots[column]}, found by comparing the bytes in
     * place (see {@link KnownAnswers}); an empty field puts nothing; any other field is left for the caller, listed by
     * {@link #unresolved}, and once the caller has worked out what it means it can {@link #teach} it. Afterwards the
     * record reads as if {@link #next} had read it. Returns how many fields were coded; or -1, having read nothing
     * (though {@code codes} may have been written to, and the fields of the record read before are lost), for any
     * other record: read it with {@link #next}.
     */
    int nextPlain(KnownAnswers[] known, int[] slots, byte[] codes) {
        final int columns = known.length;
        while (starts.length < columns) {
            grow();
        }
        if (unresolved.length < columns) {
            unresolved = new int[starts.length];
        }
        final byte[] buffer = this.buffer;
        final int length = this.length;
        final byte delimiter = this.delimiter;
        final int[] starts = this.starts;
        final int[] ends = this.ends;
        int p = position;
        if (length - p < plainMargin && !endOfInput || p >= length || buffer[p] == '\n' || buffer[p] == '\r') {
            return -1;
        }
        int open = 0;
        int coded = 0;
        int lines = 0;
        doubledCount = 0;
        unresolvedCount = 0; // until the record is known to be plain: none left for the caller
        final int last = columns - 1;
        int c = 0;
        while (true) {
            // the usual run of a digit-coded export: one-byte answers with a code, each followed by the delimiter, in a
            // loop kept short
            while (c < last && p + 1 < length) {
                KnownAnswers answers = known[c];
                byte first = buffer[p];
                if (answers == null
                        || buffer[p + 1] != delimiter
                        || first == delimiter
                        || first == '"'
                        || first == '\n'
                        || first == '\r'
                        || answers.oneByte[first & 0xFF] == KnownAnswers.NO_CODE) {
                    break;
                }
                codes[slots[c]] = answers.oneByte[first & 0xFF];
                starts[c] = p;
                ends[c] = p + 1;
                coded++;
                c++;
                p += 2;
            }
            // any other field: a known answer written as before, or else unquoted, or quoted with no doubled quote and
            // no line break inside
            if (p >= length) {
                return -1;
            }
            KnownAnswers answers = known[c];
            boolean quoted = buffer[p] == '"';
            int found = answers == null ? -1 : answers.find(buffer, p, length, delimiter);
            int end;
            int q;
            if (found >= 0) {
                q = p + answers.length(found);
                end = quoted ? q - 1 : q;
                codes[slots[c]] = answers.code(found);
                coded++;
            } else {
                end = quoted ? closingQuote(p, c) : endOfUnquoted(p);
                if (end < 0) {
                    return -1;
                }
                lines += quoted ? linesInQuotes : 0;
                q = quoted ? end + 1 : end;
                if (q >= length) {
                    return -1;
                }
                int start = quoted ? p + 1 : p;
                if (answers != null
                        && end == start + 1
                        && answers.oneByte[buffer[start] & 0xFF] != KnownAnswers.NO_CODE) {
                    codes[slots[c]] = answers.oneByte[buffer[start] & 0xFF];
                    coded++;
                } else if (answers != null && end > start) {
                    unresolved[open++] = c;
                }
            }
            starts[c] = quoted ? p + 1 : p;
            ends[c] = end;
            if (c < last) {
                if (buffer[q] != delimiter) {
                    return -1;
                }
                p = q + 1;
                c++;
                continue;
            }
            if (buffer[q] != '\n' && buffer[q] != '\r') {
                return -1;
            }
            p = skipLineEnd(q);
            if (p < 0) {
                return -1;
            }
            break;
        }
        unresolvedCount = open;
        commit(columns, p, lines + 1);
        record++;
        return coded;
    }

    /**
     * Tells {@code known} that field {@code i} of the current record, written as it is in the file, means {@code code}
     * (for {@link #nextPlain} to find it there next time): when it is written simply, quoted or not, with no quote and
     * no line break inside.
     */
    void teach(int i, KnownAnswers known, byte code) {
        int start = starts[i];
        int end = ends[i];
        for (int p = start; p < end; p++) {
            if (buffer[p] == '"' || buffer[p] == '\n' || buffer[p] == '\r') {
                return;
            }
        }
        // an unquoted field follows a delimiter or a line end, or starts the buffer; a quoted one follows its quote
        boolean quoted = start > 0 && buffer[start - 1] == '"';
        if (end > start) {
            known.learn(buffer, quoted ? start - 1 : start, quoted ? end + 1 : end, code);
        }
    }

    /** Whether {@code b} ends an unquoted field: the delimiter or a line end (the one rule every reader here uses). */
    static boolean isFieldEnd(byte b, byte delimiter) {
        return b == delimiter || b == '\n' || b == '\r';
    }

    private static final long LINE_FEEDS = Bytes.eight((byte) '\n');
    private static final long CARRIAGE_RETURNS = Bytes.eight((byte) '\r');

    /**
     * Where the unquoted field starting at {@code p} ends: at a delimiter, a line end or the end of what was read.
     * Eight bytes at a time, for the long ones (a timestamp, a service's name).
     */
    private int endOfUnquoted(int p) {
        int q = p;
        long delimiters = Bytes.eight(delimiter);
        for (; q + 8 <= length; q += 8) {
            long word = Bytes.longAt(buffer, q);
            long ends = Bytes.zeroBytes(word ^ delimiters)
                    | Bytes.zeroBytes(word ^ LINE_FEEDS)
                    | Bytes.zeroBytes(word ^ CARRIAGE_RETURNS);
            if (ends != 0) {
                return q + Bytes.firstMarked(ends);
            }
        }
        while (q < length && !isFieldEnd(buffer[q], delimiter)) {
            q++;
        }
        return q;
    }

    /** How many fields {@link #nextPlain} left for the caller; their columns are {@link #unresolved(int)}. */
    int unresolvedCount() {
        return unresolvedCount;
    }

    int unresolved(int i) {
        return unresolved[i];
    }

    /** Moves the unread part to the front of the buffer (growing it if one record fills it) and reads more. */
    private boolean fill() throws IOException, Malformed {
        if (endOfInput) {
            return position < length;
        }
        int unread = length - position;
        if (unread == buffer.length) {
            if (buffer.length >= MOST_BYTES_IN_A_RECORD) {
                throw new Malformed(
                        "survey.csv.row-too-long", record + 1, line, MOST_BYTES_IN_A_RECORD / (1024 * 1024));
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unread);
        }
        unchecked -= position;
        position = 0;
        length = unread;
        int read = in.read(buffer, length, buffer.length - length);
        if (read < 0) {
            endOfInput = true;
        } else {
            length += read;
        }
        checkUtf8();
        return read >= 0 || length > 0;
    }

    private void checkUtf8() throws NotUtf8 {
        if (!checkUtf8) {
            return;
        }
        int checked = Utf8Check.check(buffer, unchecked, length);
        if (checked < 0 || endOfInput && checked < length) {
            throw new NotUtf8(lineOf(checked < 0 ? -1 - checked : checked));
        }
        unchecked = checked;
    }

    /** The line of the file that the byte at {@code offset} (not yet parsed) is on. */
    private long lineOf(int offset) {
        long at = line;
        for (int p = position; p < offset; p++) {
            if (buffer[p] == '\n' || buffer[p] == '\r' && (p + 1 >= length || buffer[p + 1] != '\n')) {
                at++;
            }
        }
        return at;
    }

    long recordNumber() {
        return record;
    }

    /** The line the next record starts on, or would: after the last record read, the number of lines read plus one. */
    long nextLineNumber() {
        return line;
    }

    /** The bytes read from the input but not yet parsed: what follows the last record read. */
    byte[] unparsed() {
        return Arrays.copyOfRange(buffer, position, length);
    }

    /** Whether the whole input has been read into the buffer (so {@link #unparsed} is all that is left). */
    boolean inputExhausted() {
        return endOfInput;
    }

    /** The line of the file on which the current record starts. */
    long lineNumber() {
        return recordLine;
    }

    int size() {
        return count;
    }

    String field(int i) {
        return new String(buffer, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    String[] fields() {
        String[] all = new String[count];
        for (int i = 0; i < count; i++) {
            all[i] = field(i);
        }
        return all;
    }

    /** The field's one character when it is a single ASCII character, otherwise -1. */
    int singleAscii(int i) {
        int start = starts[i];
        return ends[i] - start == 1 && buffer[start] >= 0 ? buffer[start] : -1;
    }

    /** Whether field {@code i} is empty or only spaces. */
    boolean isBlank(int i) {
        int start = starts[i];
        int end = ends[i];
        if (start == end) {
            return true;
        }
        if (buffer[start] > ' ') {
            return false;
        }
        for (int p = start; p < end; p++) {
            if (buffer[p] < 0) {
                return field(i).chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0');
            }
            if (!Character.isWhitespace(buffer[p])) {
                return false;
            }
        }
        return true;
    }

    /** A hash of field {@code i}'s bytes, as {@link Bytes#hash} gives for the same bytes anywhere. */
    int hash(int i) {
        return Bytes.hash(buffer, starts[i], ends[i]);
    }

    /** A number from field {@code i}'s length and first and last bytes only: see {@link ValueTable}. */
    int shape(int i) {
        int start = starts[i];
        int end = ends[i];
        return start == end ? 0 : ((end - start) * 31 + buffer[start]) * 31 + buffer[end - 1];
    }

    boolean fieldEquals(int i, byte[] bytes) {
        return ends[i] - starts[i] == bytes.length && Bytes.equal(buffer, starts[i], bytes, 0, bytes.length);
    }

    byte[] fieldBytes(int i) {
        return Arrays.copyOfRange(buffer, starts[i], ends[i]);
    }
}
