package org.coprod.core.model;

/**
 * A cross-cutting score built from tagged questions, such as "shared planning" or "shared delivery". Most are the mean
 * of their questions; one whose questions are alternative pieces of evidence ("any one of these is enough") takes the
 * highest.
 */
public record Dimension(String id, String name, String description, Combine combine) {
    public enum Combine {
        MEAN("mean"),
        HIGHEST("highest");

        public final String written;

        Combine(String written) {
            this.written = written;
        }
    }
}
