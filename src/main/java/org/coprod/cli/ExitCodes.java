package org.coprod.cli;

import org.coprod.app.UserError;

/** The exit codes coprod promises (documented in the README). */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** Something went wrong inside coprod itself: a bug. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong: an unknown option, a missing argument. */
    public static final int USAGE = 2;
    /** An input file's content is wrong (it is reported with file, line and column). */
    public static final int INVALID_INPUT = 3;
    /** A file could not be found, read or written. */
    public static final int FILE_ERROR = 4;
    /** The user stopped the program with Ctrl-C; answers given so far are saved. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}

    /** The exit code of a mistake of this kind. */
    public static int of(UserError.Kind kind) {
        return switch (kind) {
            case USAGE -> USAGE;
            case INVALID_INPUT -> INVALID_INPUT;
            case FILE -> FILE_ERROR;
        };
    }
}
