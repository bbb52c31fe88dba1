package org.coprod.io;

/** A file could not be found, read or written: the path is wrong, not the content. */
public final class FileAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FileAccessException(String message) {
        super(message);
    }

    public FileAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
