package org.coprod.core.model;

import java.util.List;

/** One question, identified by an id that stays the same across versions of the questionnaire. */
public record Question(
        String id,
        String sectionId,
        String text,
        String answerSetId,
        String help,
        boolean reverseKeyed,
        double weight,
        List<String> dimensions) {

    public Question {
        dimensions = List.copyOf(dimensions);
    }
}
