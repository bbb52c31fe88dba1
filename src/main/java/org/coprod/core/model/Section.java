package org.coprod.core.model;

import java.util.List;

/** A group of questions: one principle, or any other grouping a questionnaire wants. */
public record Section(
        String id,
        String name,
        SectionKind kind,
        String description,
        String whatGoodLooksLike,
        String whatItsAbsenceLooksLike,
        List<SuggestedAction> actions) {

    public Section {
        actions = List.copyOf(actions);
    }
}
