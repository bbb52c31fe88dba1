package org.coprod.core.model;

import java.util.Objects;

/** An answer to one question: a scored option, "not applicable" or "don't know". */
public record Response(ResponseKind kind, AnswerOption option, String label) {
    public Response {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(label);
        if ((kind == ResponseKind.SCORED) != (option != null)) {
            throw new IllegalArgumentException("a scored response needs an option, and only a scored one has it");
        }
    }

    public static Response scored(AnswerOption option) {
        return new Response(ResponseKind.SCORED, option, option.label());
    }

    public static Response unscored(ResponseKind kind, UnscoredOption option) {
        return new Response(kind, null, option.label());
    }

    public boolean isScored() {
        return kind == ResponseKind.SCORED;
    }
}
