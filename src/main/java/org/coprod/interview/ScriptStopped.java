package org.coprod.interview;

/**
 * Answers read from a file or a pipe reached a line that does not answer what was asked. A file cannot be asked again,
 * and using the next line instead would move every later answer to the wrong question, so the session stops there.
 */
public final class ScriptStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long line;

    ScriptStopped(String message, long line) {
        super(message, null, false, false);
        this.line = line;
    }

    /** The number of the line that stopped the session, counting from 1. */
    public long line() {
        return line;
    }
}
