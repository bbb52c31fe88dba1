package org.coprod.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

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
    /** Parts' bytes read and coded, to be filled again rather than made anew (which costs clearing them). */
    private final BlockingQueue<byte[]> used = new ArrayBlockingQueue<>(64);
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
        byte[] bytes = used.poll();
        if (bytes == null || bytes.length < carried.length * 2) {
            bytes = new byte[room(Math.max(partBytes, carried.length * 2))];
        }
        System.arraycopy(carried, 0, bytes, 0, carried.length);
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
                carried = new byte[0];
                return new Part(bytes, length, true);
            }
            bytes = Arrays.copyOf(bytes, room(bytes.length * 2));
        }
    }

    /** Room for {@code bytes}, but never more than a record may take: a part with no record end is then too long. */
    private static int room(int bytes) {
        return Math.min(bytes, MOST_BYTES_IN_A_RECORD);
    }

    /** Takes back a part's bytes once they have been read, to fill them again (any thread may call this). */
    void reuse(Part part) {
        if (part.bytes().length == partBytes) {
            used.offer(part.bytes());
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
     * no record ends there. Only the last sixteenth of the part is searched for line ends; before it, only quotes
     * matter (to know whether the search starts inside a quoted field), which is quicker to follow.
     */
    private int endOfLastRecord(byte[] bytes, int length) {
        int tail = outsideQuotesFrom(bytes, length - partBytes / 16, length);
        int end = tail < 0 ? -1 : lastLineEnd(bytes, tail, length);
        return end >= 0 || tail == 0 ? end : lastLineEnd(bytes, 0, length);
    }

    /**
     * The first offset at or after {@code target} that is outside quoted fields, following the quotes from the start;
     * -1 when a quoted field open there runs to the end of what was read.
     */
    private int outsideQuotesFrom(byte[] bytes, int target, int length) {
        int p = 0;
        while (true) {
            p = nextQuote(bytes, p, target);
            if (p >= target) {
                return Math.max(target, 0);
            }
            if (p == 0 || CsvTokenizer.isFieldEnd(bytes[p - 1], delimiter)) {
                p = afterQuotedField(bytes, p + 1, length);
                if (p < 0 || p >= target) {
                    return p;
                }
            } else {
                p++;
            }
        }
    }

    private static final long QUOTES = Bytes.eight((byte) '"');

    /** The offset of the first quote from {@code p} before {@code to}; {@code to} when there is none. Eight at a time. */
    private static int nextQuote(byte[] bytes, int p, int to) {
        for (; p + 8 <= to; p += 8) {
            long quotes = Bytes.zeroBytes(Bytes.longAt(bytes, p) ^ QUOTES);
            if (quotes != 0) {
                return p + Bytes.firstMarked(quotes);
            }
        }
        while (p < to && bytes[p] != '"') {
            p++;
        }
        return p;
    }

    /**
     * After the last line end outside quotes from {@code from} (outside quotes) to {@code length}; -1 when there is
     * none. A CR as the last byte is not taken as a line end: an LF may follow it.
     */
    private int lastLineEnd(byte[] bytes, int from, int length) {
        int end = -1;
        int p = from;
        while (p < length) {
            byte b = bytes[p];
            if (!QUOTE_OR_LINE_END[b & 0xFF]) {
                p++;
            } else if (b == '"') {
                p = p == 0 || CsvTokenizer.isFieldEnd(bytes[p - 1], delimiter)
                        ? afterQuotedField(bytes, p + 1, length)
                        : p + 1;
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

    /**
     * The offset after the quote closing a quoted field whose text starts at {@code from}; -1 when not yet read. The
     * same rule as {@link CsvTokenizer}'s {@code closingQuote}, without its counting of lines and doubled quotes, which
     * the cutting has no use for; {@code RecordSplitterTest} checks that the two agree.
     */
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
}
