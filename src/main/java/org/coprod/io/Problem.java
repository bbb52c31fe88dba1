package org.coprod.io;

/** One thing wrong with an input file, with where it is (line and column count from 1; 0 when not known). */
public record Problem(String file, int line, int column, String message) {

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** "file:12:5: message", the form editors and terminals turn into links. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
