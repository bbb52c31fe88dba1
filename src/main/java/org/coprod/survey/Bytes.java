package org.coprod.survey;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Bytes read eight at a time: for checking, hashing and comparing the cells of an export quickly. */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Bytes() {}

    /** A word of eight copies of {@code b}: a word read from a file, xor this, has a zero byte wherever {@code b} was. */
    static long eight(byte b) {
        return (b & 0xFFL) * LOW_BITS;
    }

    /**
     * Marks the zero bytes of {@code word} by their high bits. The lowest mark is always right; one above a zero byte
     * may not be, so only {@link #firstMarked} is to be asked of it, or of several such masks or-ed together.
     */
    static long zeroBytes(long word) {
        return (word - LOW_BITS) & ~word & HIGH_BITS;
    }

    /** Whether all eight bytes of {@code word} are ASCII. */
    static boolean allAscii(long word) {
        return (word & HIGH_BITS) == 0;
    }

    /** Which byte of its word (0 to 7, in file order) the first mark of {@link #zeroBytes} is on. */
    static int firstMarked(long marks) {
        return Long.numberOfTrailingZeros(marks) >>> 3;
    }

    /** The eight bytes from {@code offset} as one number. */
    static long longAt(byte[] bytes, int offset) {
        return (long) LONGS.get(bytes, offset);
    }

    /** A hash of bytes {@code from} to {@code to}: a word at a time, so that long names cost little more than short ones. */
    static int hash(byte[] bytes, int from, int to) {
        long h = to - from;
        int p = from;
        for (; p + 8 <= to; p += 8) {
            h = (h ^ longAt(bytes, p)) * 0x9E3779B97F4A7C15L;
        }
        for (; p < to; p++) {
            h = (h ^ bytes[p]) * 0x9E3779B97F4A7C15L;
        }
        return (int) (h ^ h >>> 32);
    }

    /** Whether {@code length} bytes of {@code a} from {@code aFrom} are those of {@code b} from {@code bFrom}. */
    static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        int k = 0;
        for (; k + 8 <= length; k += 8) {
            if (longAt(a, aFrom + k) != longAt(b, bFrom + k)) {
                return false;
            }
        }
        for (; k < length; k++) {
            if (a[aFrom + k] != b[bFrom + k]) {
                return false;
            }
        }
        return true;
    }
}
