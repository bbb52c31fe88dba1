package org.coprod.core.model;

import java.util.Optional;

/** What was said about one question: the response (absent when skipped) and any note or evidence. */
public record Answer(String questionId, Optional<Response> response, String note) {
    public Answer {
        note = note == null ? "" : note;
    }

    public boolean hasNote() {
        return !note.isBlank();
    }
}
