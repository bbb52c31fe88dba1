package org.coprod.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts the rest of an export into parts of about a megabyte that each end where a record ends, so that each part can
 * be read and coded on a thread of its own (see {@link ChunkPipeline}). Where a record ends is found the way {@link
 * CsvTokenizer} reads: a line end outside quotes, where a quote opens a quoted field only at the start of a field
 * (in the middle of an unquoted field it is a character like any other), and a doubled quote inside one stands for a
 * quote. Each part starts where a record starts, so this is known from its first byte on.
 */
final class RecordSplitter {
    /** The size of a part: large enough that handing it over costs little, small enough to keep every core busy. */
    static final int PART_BYTES = 1 << 20;
    /** As {@link CsvTokenizer}: a record longer than this is not a real row, and stops the reading. */
    static final int MOST_BYTES_IN_A_RECORD = CsvTokenizer.MOST_BYTES_IN_A_RECORD;

    /**
     * Whole records (or the last of the input), {@code length} bytes of {@code bytes}; or, when {@code tooLong}, the
     * start of a record longer than {@link #MOST_BYTES_IN_A_RECORD}.
     */
    record Part(byte[] bytes, int length, boolean tooLong) {}

    private static final boolean[] QUOTE_OR_LINE_END = new boolean[256];

    static {
        QUOTE_OR_LINE_END['"'] = true;
        QUOTE_OR_LINE_END['\n'] = true;
        QUOTE_OR_LINE_END['\r'] = true;
    }

    private final InputStream in;
    private final byte delimiter;
    private final int partBytes;
    /** The start of the record cut short by the end of the last part, to begin the next. */
    private byte[] carried;

    private boolean endOfInput;

    /**
     * @param start bytes already read, starting where a record starts
     * @param in the rest of the input; null when {@code start} is all of it
     */
    RecordSplitter(byte[] start, InputStream in, char delimiter) {
        this(start, in, delimiter, PART_BYTES);
    }

    /** @param partBytes the size of a part, when it is not {@link #PART_BYTES}: tests cut small files into many */
    RecordSplitter(byte[] start, InputStream in, char delimiter, int partBytes) {
        this.partBytes = partBytes;
        this.carried = start;
        this.in = in;
        this.endOfInput = in == null;
        this.delimiter = (byte) delimiter;
    }

    /** The next part; null when the input is all read. */
    Part next() throws IOException {
        byte[] bytes = Arrays.copyOf(carried, Math.max(partBytes, carried.length * 2));
        int length = carried.length;
        while (true) {
            length = fill(bytes, length);
            if (endOfInput) {
                carried = new byte[0];
                return length == 0 ? null : new Part(bytes, length, false);
            }
            int end = endOfLastRecord(bytes, length);
            if (end > 0) {
                carried = Arrays.copyOfRange(bytes, end, length);
                return new Part(bytes, end, false);
            }
            if (length >= MOST_BYTES_IN_A_RECORD) {
                endOfInput = true;
                return new Part(bytes, length, true);
            }
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
    }

    private int fill(byte[] bytes, int length) throws IOException {
        while (!endOfInput && length < bytes.length) {
            int read = in.read(bytes, length, bytes.length - length);
            if (read < 0) {
                endOfInput = true;
            } else {
                length += read;
            }
        }
        return length;
    }

    /**
     * Where the last whole record of {@code bytes} ends (after its line end), reading from a record's start; -1 when
     * no record ends there. A CR as the last byte is not taken as a line end: an LF may follow it.
     */
    private int endOfLastRecord(byte[] bytes, int length) {
        int end = -1;
        int p = 0;
        while (p < length) {
            byte b = bytes[p];
            if (!QUOTE_OR_LINE_END[b & 0xFF]) {
                p++;
            } else if (b == '"') {
                p = p == 0 || isFieldEnd(bytes[p - 1]) ? afterQuotedField(bytes, p + 1, length) : p + 1;
                if (p < 0) {
                    return end;
                }
            } else if (b == '\n') {
                end = ++p;
            } else if (++p < length) {
                end = bytes[p] == '\n' ? p + 1 : p;
            }
        }
        return end;
    }

    /** The offset after the quote closing a quoted field whose text starts at {@code from}; -1 when not yet read. */
    private static int afterQuotedField(byte[] bytes, int from, int length) {
        int q = from;
        while (q < length) {
            if (bytes[q] != '"') {
                q++;
            } else if (q + 1 >= length) {
                return -1; // a doubled quote or the closing one: the next byte would tell
            } else if (bytes[q + 1] == '"') {
                q += 2;
            } else {
                return q + 1;
            }
        }
        return -1;
    }

    private boolean isFieldEnd(byte b) {
        return b == delimiter || b == '\n' || b == '\r';
    }
}
