package org.coprod.survey;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Bytes read eight at a time: for checking, hashing and comparing the cells of an export quickly. */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Runs shorter than this, such as most answer labels, are compared a byte at a time. */
    private static final int SHORT = 32;

    private Bytes() {}

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
        // word reads only for long runs: the launcher's quick compiler keeps a bounds check call in each of them
        for (; k + 8 <= length && length >= SHORT; k += 8) {
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
