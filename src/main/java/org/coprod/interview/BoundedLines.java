package org.coprod.interview;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Lines typed or piped in, each at most a given length: a line longer than that (a file of one endless line given by
 * mistake) is read to its end and dropped, instead of being held whole in memory.
 */
final class BoundedLines {
    /** A line over the limit was read and dropped. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }

    private final Reader in;
    private final int longest;
    private boolean afterReturn;
    private long lineNumber;

    BoundedLines(Reader in, int longest) {
        this.in = in;
        this.longest = longest;
    }

    /** The number of the line read last, counting from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line without its ending, null at the end of the input; {@link TooLong} for one over the limit. */
    String readLine() {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        try {
            for (int c = in.read(); ; c = in.read()) {
                if (c == '\n' && afterReturn) {
                    afterReturn = false;
                    continue; // the second half of a Windows line ending
                }
                afterReturn = c == '\r';
                if (c < 0 && line.isEmpty() && !tooLong) {
                    return null;
                }
                if (c < 0 || c == '\n' || c == '\r') {
                    break;
                }
                if (line.length() < longest) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0); // the byte order mark Notepad writes at the start of a file
        }
        if (tooLong) {
            throw new TooLong();
        }
        return line.toString();
    }
}
