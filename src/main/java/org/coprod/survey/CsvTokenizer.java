package org.coprod.survey;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, CR LF or LF) one record at a time.
 * Fields stay where they are in the buffer as start and end offsets, so a cell is only turned into a String when it
 * is asked for; {@link ValueTable} can look a cell up without that. Empty lines are skipped.
 *
 * <p>Written for speed: Apache Commons CSV took 2.1 s to parse the 1,000,000-row benchmark file, more than the whole
 * time budget for scoring it (see bench/README.md); it remains the reference this tokenizer is tested against.
 */
final class CsvTokenizer {
    /** The file's text is not well-formed CSV. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final long record;
        final long line;

        Malformed(String message, long record, long line) {
            super(message);
            this.record = record;
            this.line = line;
        }
    }

    /** Far beyond any real row, and small enough that a file with no line breaks fails clearly in a small heap. */
    private static final int MOST_CHARS_IN_A_RECORD = 8 * 1024 * 1024;

    private final Reader in;
    private final char delimiter;
    private char[] buffer = new char[1 << 20];
    private int length;
    private int position;
    private boolean endOfInput;

    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] materialised = new String[64];
    private long record;
    private long line = 1;
    private long recordLine = 1;

    CsvTokenizer(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
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
        int p = position;
        int lines = 0;
        count = 0;
        if (p < length && (buffer[p] == '\n' || buffer[p] == '\r')) {
            int after = skipLineEnd(p);
            if (after < 0) {
                return NEED_MORE;
            }
            position = after;
            line++;
            return EMPTY_LINE;
        }
        while (true) {
            if (p >= length) {
                if (!endOfInput) {
                    return NEED_MORE;
                }
                addField(p, p, null);
                return commit(p, lines);
            }
            if (buffer[p] == '"') {
                int q = p + 1;
                boolean doubled = false;
                while (true) {
                    if (q >= length) {
                        if (!endOfInput) {
                            return NEED_MORE;
                        }
                        throw new Malformed("opens a quoted field (\") that is never closed, so the rest of the file cannot be"
                                + " read; check the quotes in that row", record + 1, line);
                    }
                    char c = buffer[q];
                    if (c == '"') {
                        if (q + 1 >= length && !endOfInput) {
                            return NEED_MORE;
                        }
                        if (q + 1 < length && buffer[q + 1] == '"') {
                            doubled = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    }
                    q++;
                }
                addField(p + 1, q, doubled ? new String(buffer, p + 1, q - p - 1).replace("\"\"", "\"") : null);
                p = q + 1;
                if (p >= length && !endOfInput) {
                    return NEED_MORE;
                }
                if (p < length && buffer[p] != delimiter && buffer[p] != '\n' && buffer[p] != '\r') {
                    throw new Malformed("has text straight after a closing quote (\"); a quote inside a quoted field must be"
                            + " doubled (\"\")", record + 1, line + lines);
                }
            } else {
                int q = p;
                while (q < length && buffer[q] != delimiter && buffer[q] != '\n' && buffer[q] != '\r') {
                    q++;
                }
                if (q >= length && !endOfInput) {
                    return NEED_MORE;
                }
                addField(p, q, null);
                p = q;
            }
            if (p >= length) {
                return commit(p, lines);
            }
            if (buffer[p] == delimiter) {
                p++;
                if (p >= length && endOfInput) {
                    addField(p, p, null);
                    return commit(p, lines);
                }
                continue;
            }
            int after = skipLineEnd(p);
            if (after < 0) {
                return NEED_MORE;
            }
            return commit(after, lines + 1);
        }
    }

    /** The position after a line end at {@code p} (CR LF, LF or CR); -1 if a CR is the last character read so far. */
    private int skipLineEnd(int p) {
        if (buffer[p] == '\r') {
            if (p + 1 >= length && !endOfInput) {
                return -1;
            }
            return p + 1 < length && buffer[p + 1] == '\n' ? p + 2 : p + 1;
        }
        return p + 1;
    }

    private int commit(int next, int lines) {
        position = next;
        recordLine = line;
        line += lines;
        return RECORD;
    }

    private void addField(int start, int end, String text) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
            materialised = java.util.Arrays.copyOf(materialised, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        materialised[count] = text;
        count++;
    }

    /** Moves the unread part to the front of the buffer (growing it if one record fills it) and reads more. */
    private boolean fill() throws IOException, Malformed {
        if (endOfInput) {
            return position < length;
        }
        int unread = length - position;
        if (unread == buffer.length) {
            if (buffer.length >= MOST_CHARS_IN_A_RECORD) {
                throw new Malformed("is longer than " + MOST_CHARS_IN_A_RECORD / (1024 * 1024) + " million characters", record + 1, line);
            }
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unread);
        }
        position = 0;
        length = unread;
        int read = in.read(buffer, length, buffer.length - length);
        if (read < 0) {
            endOfInput = true;
            return length > 0;
        }
        length += read;
        return true;
    }

    long recordNumber() {
        return record;
    }

    /** The line of the file on which the current record starts. */
    long lineNumber() {
        return recordLine;
    }

    int size() {
        return count;
    }

    String field(int i) {
        String text = materialised[i];
        return text != null ? text : new String(buffer, starts[i], ends[i] - starts[i]);
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
        if (materialised[i] != null || ends[i] - starts[i] != 1) {
            return -1;
        }
        char c = buffer[starts[i]];
        return c < 128 ? c : -1;
    }

    /** Whether field {@code i} is empty or only spaces. */
    boolean isBlank(int i) {
        if (materialised[i] != null) {
            return materialised[i].isBlank();
        }
        int start = starts[i];
        if (start == ends[i]) {
            return true;
        }
        if (buffer[start] > ' ' && buffer[start] != '\u00A0' && buffer[start] < 0x2000) {
            return false;
        }
        for (int p = start; p < ends[i]; p++) {
            if (!Character.isWhitespace(buffer[p]) && buffer[p] != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    int hash(int i) {
        if (materialised[i] != null) {
            return materialised[i].hashCode();
        }
        int h = 0;
        for (int p = starts[i]; p < ends[i]; p++) {
            h = 31 * h + buffer[p];
        }
        return h;
    }

    boolean fieldEquals(int i, String text) {
        if (materialised[i] != null) {
            return materialised[i].equals(text);
        }
        int length = ends[i] - starts[i];
        if (length != text.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (buffer[starts[i] + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
