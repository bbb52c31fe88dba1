package org.coprod.survey;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode's table 3-7, as Java's own strict decoder does) without decoding
 * them, eight ASCII bytes at a time, so that an export can be read as bytes and only the cells that are needed as
 * text turned into Strings.
 */
final class Utf8Check {
    private Utf8Check() {}

    /**
     * Checks bytes {@code from} to {@code to}. Returns {@code to} when all are well-formed, or the start of a character
     * that {@code to} cuts short (well-formed so far: the rest may follow); or, when a byte cannot be UTF-8, minus one
     * minus the offset of the character it belongs to.
     */
    static int check(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && Bytes.allAscii(Bytes.longAt(bytes, i))) {
                i += 8;
                continue;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = lead >= 0xC2 && lead <= 0xDF
                    ? 2
                    : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0) {
                return -1 - i;
            }
            int secondLow = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int secondHigh = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            for (int k = 1; k < length; k++) {
                if (i + k >= to) {
                    return i;
                }
                int next = bytes[i + k] & 0xFF;
                if (k == 1 ? next < secondLow || next > secondHigh : next < 0x80 || next > 0xBF) {
                    return -1 - i;
                }
            }
            i += length;
        }
        return to;
    }
}
