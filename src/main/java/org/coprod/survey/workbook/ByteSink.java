package org.coprod.survey.workbook;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing array of bytes: the CSV text being made, or all the shared strings side by side. */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    /** Drops the first {@code count} bytes, keeping the rest at the start. */
    void dropFirst(int count) {
        System.arraycopy(bytes, count, bytes, 0, size - count);
        size -= count;
    }

    void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void write(byte[] from, int offset, int length) {
        ensure(length);
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    /**
     * Writes text as one CSV field: in quotes, with quotes doubled, when it holds a quote, a line break or any
     * delimiter coprod might take it for; as it is otherwise.
     */
    void writeField(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (!needsQuotes(utf8)) {
            write(utf8, 0, utf8.length);
            return;
        }
        ensure(utf8.length * 2 + 2);
        bytes[size++] = '"';
        for (byte b : utf8) {
            if (b == '"') {
                bytes[size++] = '"';
            }
            bytes[size++] = b;
        }
        bytes[size++] = '"';
    }

    private static boolean needsQuotes(byte[] utf8) {
        for (byte b : utf8) {
            if (b == '"' || b == ',' || b == ';' || b == '\t' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) size + more, bytes.length * 2L);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2 GB of text in one place");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }
}
