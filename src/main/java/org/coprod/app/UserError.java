package org.coprod.app;

/** A mistake the user can fix, other than a bad file: reported as one line, with the exit code of its kind. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the user got wrong, which decides the exit code. */
    public enum Kind {
        /** The command line: options that contradict each other, or a value out of range. */
        USAGE,
        /** What the files say, taken together (two rounds of different questionnaires). */
        INVALID_INPUT,
        /** A file that is there and should not be, or the other way round. */
        FILE
    }

    private final Kind kind;

    public UserError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
