package org.coprod.core.scoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coprod.core.model.Questionnaire;

/** Everything scoring says about one set of answers: item, section and dimension scores, and the verdict. */
public record Scorecard(
        Questionnaire questionnaire,
        List<ItemScore> items,
        List<SectionScore> sections,
        List<DimensionScore> dimensions,
        OptionalDouble overall,
        Optional<SectionScore> weakest,
        Verdict verdict,
        Optional<Placement> placement,
        List<ActivityCheck> activities) {

    public Scorecard {
        items = List.copyOf(items);
        sections = List.copyOf(sections);
        dimensions = List.copyOf(dimensions);
        activities = List.copyOf(activities);
    }

    public List<SectionScore> principles() {
        return sections.stream()
                .filter(s -> s.section().kind() == org.coprod.core.model.SectionKind.PRINCIPLE)
                .toList();
    }
}
