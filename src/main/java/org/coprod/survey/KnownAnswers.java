package org.coprod.survey;

import java.util.Arrays;

/**
 * The answers of one answer set met so far in an export, each as the bytes it is written with in the file and with
 * its code (see {@link AnswerCodes}): what {@link CsvTokenizer#nextPlain} codes a cell with, comparing the file's bytes
 * with these as it goes, so that a known answer is read once and neither hashed nor looked up. An answer written as one
 * byte ("4") is found by that byte; a longer one ("Sometimes", or {@code "Yes, at least one real decision"} with its
 * quotes) among the few met that start with the same byte. Only answers written simply are learnt: quoted or not, with
 * no quote and no line break inside.
 */
final class KnownAnswers {
    /** In {@link #oneByte}: the byte has no code. */
    static final byte NO_CODE = -1;
    /** Enough for any answer set's labels and aliases; past this, cells are left to {@link ValueTable}. */
    private static final int MOST_PER_FIRST_BYTE = 8;

    /** The codes of the answers written as one byte, indexed by the byte (0 to 255). */
    final byte[] oneByte = new byte[256];
    /** By their first byte, the answers met written in more than one byte: as in the file, and their codes. */
    private final byte[][][] written = new byte[256][][];

    private final byte[][] codes = new byte[256][];

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
        byte[][] known = written[first] == null ? new byte[0][] : written[first];
        if (known.length == MOST_PER_FIRST_BYTE || indexOf(known, bytes, from, to) >= 0) {
            return;
        }
        written[first] = Arrays.copyOf(known, known.length + 1);
        written[first][known.length] = Arrays.copyOfRange(bytes, from, to);
        codes[first] = Arrays.copyOf(codes[first] == null ? new byte[0] : codes[first], known.length + 1);
        codes[first][known.length] = code;
    }

    private static int indexOf(byte[][] known, byte[] bytes, int from, int to) {
        for (int i = 0; i < known.length; i++) {
            if (Arrays.equals(known[i], 0, known[i].length, bytes, from, to)) {
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
        int first = bytes[at] & 0xFF;
        byte[][] known = written[first];
        if (known == null) {
            return -1;
        }
        for (int i = 0; i < known.length; i++) {
            byte[] text = known[i];
            int after = at + text.length;
            if (after < limit && CsvTokenizer.isFieldEnd(bytes[after], delimiter) && startsWith(bytes, at, text)) {
                return first * MOST_PER_FIRST_BYTE + i;
            }
        }
        return -1;
    }

    /** How many bytes the answer {@link #find} found takes in the file. */
    int length(int found) {
        return written[found / MOST_PER_FIRST_BYTE][found % MOST_PER_FIRST_BYTE].length;
    }

    byte code(int found) {
        return codes[found / MOST_PER_FIRST_BYTE][found % MOST_PER_FIRST_BYTE];
    }

    /** A byte at a time: labels are short, and the quick compiler keeps a bounds-check call in each word read. */
    private static boolean startsWith(byte[] bytes, int at, byte[] text) {
        for (int k = 1; k < text.length; k++) {
            if (bytes[at + k] != text[k]) {
                return false;
            }
        }
        return true;
    }
}
