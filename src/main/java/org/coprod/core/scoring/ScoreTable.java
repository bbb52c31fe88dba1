package org.coprod.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
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

    public static ScoreTable of(
            Questionnaire questionnaire, List<SectionScore> sections, List<DimensionScore> dimensions) {
        Map<String, OptionalDouble> principles = new LinkedHashMap<>();
        Map<String, OptionalDouble> context = new LinkedHashMap<>();
        for (SectionScore s : sections) {
            (s.section().kind() == SectionKind.PRINCIPLE ? principles : context)
                    .put(s.section().id(), s.score().value());
        }
        Map<String, OptionalDouble> dims = new LinkedHashMap<>();
        dimensions.forEach(d -> dims.put(d.dimension().id(), d.score().value()));
        return new ScoreTable(principles, context, dims);
    }

    /** The figures by position in the questionnaire: section {@code s} and dimension {@code d}, empty when unknown. */
    public static ScoreTable of(
            Questionnaire q, IntFunction<OptionalDouble> section, IntFunction<OptionalDouble> dimension) {
        Map<String, OptionalDouble> principles = new LinkedHashMap<>();
        Map<String, OptionalDouble> context = new LinkedHashMap<>();
        for (int s = 0; s < q.sections().size(); s++) {
            Section each = q.sections().get(s);
            (each.kind() == SectionKind.PRINCIPLE ? principles : context).put(each.id(), section.apply(s));
        }
        Map<String, OptionalDouble> dims = new LinkedHashMap<>();
        for (int d = 0; d < q.dimensions().size(); d++) {
            dims.put(q.dimensions().get(d).id(), dimension.apply(d));
        }
        return new ScoreTable(principles, context, dims);
    }

    /** A figure that is NaN is unknown. */
    public static OptionalDouble known(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** A copy with one figure replaced, to see what a different value would decide. */
    public ScoreTable with(org.coprod.core.model.ScoreRef ref, double value) {
        Map<String, OptionalDouble> p = new LinkedHashMap<>(principles);
        Map<String, OptionalDouble> c = new LinkedHashMap<>(contextSections);
        Map<String, OptionalDouble> d = new LinkedHashMap<>(dimensions);
        switch (ref.kind()) {
            case DIMENSION -> d.put(ref.id(), OptionalDouble.of(value));
            case SECTION -> (p.containsKey(ref.id()) ? p : c).put(ref.id(), OptionalDouble.of(value));
            default -> throw new IllegalArgumentException("only a section or a dimension can be replaced");
        }
        return new ScoreTable(p, c, d);
    }

    public OptionalDouble section(String id) {
        return principles.containsKey(id)
                ? principles.get(id)
                : contextSections.getOrDefault(id, OptionalDouble.empty());
    }

    /** The mean of the principles that have a score; empty when none has. */
    public OptionalDouble overall() {
        return principles.values().stream()
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    public static boolean isPrinciple(Section section) {
        return section.kind() == SectionKind.PRINCIPLE;
    }
}
