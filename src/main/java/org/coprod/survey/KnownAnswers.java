package org.coprod.survey;

import java.util.Arrays;

/**
 * The answers of one answer set met so far in an export, each as the bytes it is written with in the file and with
 * its code (see {@link AnswerCodes}): what {@link CsvTokenizer#nextPlain} codes a cell with, comparing the file's bytes
 * with these as it goes, so that a known answer is read once and neither hashed nor looked up. An answer written as one
 * byte ("4") is found by that byte; a longer one ("Sometimes", or {@code "Yes, at least one real decision"} with its
 * quotes) among the few met that start with the same byte, compared eight bytes at a time. Only answers written simply
 * are learnt: quoted or not, with no quote and no line break inside.
 */
final class KnownAnswers {
    /** In {@link #oneByte}: the byte has no code. */
    static final byte NO_CODE = -1;
    /** Enough for any answer set's labels and aliases; past this, cells are left to {@link ValueTable}. */
    private static final int MOST_PER_FIRST_BYTE = 8;

    /** The codes of the answers written as one byte, indexed by the byte (0 to 255). */
    final byte[] oneByte = new byte[256];
    /** By their first byte, the numbers of the answers met written in more than one byte. */
    private final int[][] byFirstByte = new int[256][];

    /** Each answer met written in more than one byte, by its number: as written in the file, and its code. */
    private byte[][] texts = new byte[8][];

    private byte[] codes = new byte[8];
    /** Each answer's length in bytes: read in the loop that tries them, so kept apart from the texts. */
    private int[] lengths = new int[8];
    /**
     * Each answer's first eight bytes as one number (fewer for a shorter answer, the rest 0), and which of those bits
     * are the answer's; and for an answer of eight bytes or more, its last eight.
     */
    private long[] heads = new long[8];

    private long[] headMasks = new long[8];
    private long[] tails = new long[8];
    private int count;

    KnownAnswers() {
        Arrays.fill(oneByte, NO_CODE);
    }

    /** Remembers that bytes {@code from} to {@code to} of {@code bytes}, as written in the file, mean {@code code}. */
    void learn(byte[] bytes, int from, int to, byte code) {
        if (to - from == 1) {
            oneByte[bytes[from] & 0xFF] = code;
            return;
        }
        int first = bytes[from] & 0xFF;
        int[] known = byFirstByte[first] == null ? new int[0] : byFirstByte[first];
        if (known.length == MOST_PER_FIRST_BYTE || indexOf(known, bytes, from, to) >= 0) {
            return;
        }
        if (count == texts.length) {
            grow();
        }
        byte[] text = Arrays.copyOfRange(bytes, from, to);
        texts[count] = text;
        codes[count] = code;
        lengths[count] = text.length;
        int headLength = Math.min(8, text.length);
        for (int k = headLength - 1; k >= 0; k--) {
            heads[count] = heads[count] << 8 | (text[k] & 0xFF);
        }
        headMasks[count] = headLength == 8 ? -1L : (1L << (8 * headLength)) - 1;
        tails[count] = text.length >= 8 ? Bytes.longAt(text, text.length - 8) : 0;
        byFirstByte[first] = Arrays.copyOf(known, known.length + 1);
        byFirstByte[first][known.length] = count++;
    }

    private void grow() {
        int size = count * 2;
        texts = Arrays.copyOf(texts, size);
        codes = Arrays.copyOf(codes, size);
        lengths = Arrays.copyOf(lengths, size);
        heads = Arrays.copyOf(heads, size);
        headMasks = Arrays.copyOf(headMasks, size);
        tails = Arrays.copyOf(tails, size);
    }

    private int indexOf(int[] known, byte[] bytes, int from, int to) {
        for (int i : known) {
            if (Arrays.equals(texts[i], 0, texts[i].length, bytes, from, to)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The known answer written at {@code at} in {@code bytes} as a field of its own (the byte after it is a delimiter
     * or a line end, before {@code limit}), as a number for {@link #length} and {@link #code}; -1 when none is there.
     */
    int find(byte[] bytes, int at, int limit, byte delimiter) {
        int[] known = byFirstByte[bytes[at] & 0xFF];
        if (known == null) {
            return -1;
        }
        for (int i : known) {
            int after = at + lengths[i];
            if (after < limit && CsvTokenizer.isFieldEnd(bytes[after], delimiter) && isAt(bytes, at, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether answer {@code i} is written at {@code at}, which is known to be followed by at least one more byte.
     * Compared as whole eight-byte words, the last of which may overlap the one before: a label takes one to four.
     */
    private boolean isAt(byte[] bytes, int at, int i) {
        int length = lengths[i];
        if (at + 8 > bytes.length) {
            return Arrays.equals(texts[i], 0, length, bytes, at, at + length); // the last few bytes of the buffer
        }
        if ((Bytes.longAt(bytes, at) & headMasks[i]) != heads[i]) {
            return false;
        }
        if (length <= 8) {
            return true;
        }
        for (int k = 8; k < length - 8; k += 8) {
            if (Bytes.longAt(bytes, at + k) != Bytes.longAt(texts[i], k)) {
                return false;
            }
        }
        return Bytes.longAt(bytes, at + length - 8) == tails[i];
    }

    /** How many bytes the answer {@link #find} found takes in the file. */
    int length(int found) {
        return lengths[found];
    }

    byte code(int found) {
        return codes[found];
    }
}
