package org.coprod.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;

/**
 * The figures a verdict is decided on, by id: one respondent's section and dimension scores, or a group's means.
 * Empty values are scores with too little data.
 */
public record ScoreTable(
        Map<String, OptionalDouble> principles,
        Map<String, OptionalDouble> contextSections,
        Map<String, OptionalDouble> dimensions) {

    public static ScoreTable of(Questionnaire questionnaire, List<SectionScore> sections, List<DimensionScore> dimensions) {
        Map<String, OptionalDouble> principles = new LinkedHashMap<>();
        Map<String, OptionalDouble> context = new LinkedHashMap<>();
        for (SectionScore s : sections) {
            (s.section().kind() == SectionKind.PRINCIPLE ? principles : context).put(s.section().id(), s.score().value());
        }
        Map<String, OptionalDouble> dims = new LinkedHashMap<>();
        dimensions.forEach(d -> dims.put(d.dimension().id(), d.score().value()));
        return new ScoreTable(principles, context, dims);
    }

    public OptionalDouble section(String id) {
        return principles.containsKey(id) ? principles.get(id) : contextSections.getOrDefault(id, OptionalDouble.empty());
    }

    /** The mean of the principles that have a score; empty when none has. */
    public OptionalDouble overall() {
        return principles.values().stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }

    public static boolean isPrinciple(Section section) {
        return section.kind() == SectionKind.PRINCIPLE;
    }
}
