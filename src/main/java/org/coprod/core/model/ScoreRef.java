package org.coprod.core.model;

/**
 * What a verdict condition looks at. Written in questionnaire files as
 * {@code section:ID}, {@code dimension:ID}, {@code every-principle}, {@code weakest-principle} or {@code average-principle}.
 */
public record ScoreRef(Kind kind, String id) {
    public enum Kind {
        SECTION("section:"),
        DIMENSION("dimension:"),
        EVERY_PRINCIPLE("every-principle"),
        WEAKEST_PRINCIPLE("weakest-principle"),
        AVERAGE_PRINCIPLE("average-principle");

        public final String written;

        Kind(String written) {
            this.written = written;
        }
    }

    public static ScoreRef of(Kind kind) {
        return new ScoreRef(kind, null);
    }

    public String written() {
        return id == null ? kind.written : kind.written + id;
    }
}
