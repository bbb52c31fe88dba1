package org.coprod.interview;

/** The person pressed Ctrl-C. Everything answered so far is already saved. */
public final class InterruptedByUser extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InterruptedByUser() {
        super("interrupted");
    }
}
