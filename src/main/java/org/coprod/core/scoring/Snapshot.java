package org.coprod.core.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.model.VerdictOutcome;

/**
 * One service's figures at one time, as a later round is compared with them: its verdict's name and id (empty when
 * none was given; the id may be missing from results written by hand), each measure's score by id (principles, then
 * the other sections and dimensions the reports show), and the average of the principles.
 */
public record Snapshot(
        String service,
        Optional<String> verdict,
        Optional<String> verdictId,
        Map<String, OptionalDouble> measures,
        OptionalDouble average) {
    public Snapshot {
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    public static Snapshot of(String service, Scorecard card) {
        Map<String, OptionalDouble> measures = new LinkedHashMap<>();
        card.sections().stream()
                .filter(s -> reported(card.questionnaire(), s.section()))
                .forEach(s -> measures.put(s.section().id(), s.score().value()));
        card.dimensions()
                .forEach(d -> measures.put(d.dimension().id(), d.score().value()));
        VerdictOutcome outcome = card.verdict().outcome();
        return new Snapshot(service, Optional.of(outcome.label()), Optional.of(outcome.id()), measures, card.overall());
    }

    /** The same figures, with the verdict named as {@code questionnaire} (a translation) names it. */
    public Snapshot namedIn(Questionnaire questionnaire) {
        Optional<String> label = verdictId.flatMap(id -> questionnaire.verdict().outcomes().stream()
                .filter(outcome -> outcome.id().equals(id))
                .map(VerdictOutcome::label)
                .findFirst());
        return new Snapshot(service, label.or(() -> verdict), verdictId, measures, average);
    }

    public OptionalDouble measure(String id) {
        return measures.getOrDefault(id, OptionalDouble.empty());
    }

    /**
     * Whether a section's own score is reported: always for a principle; for a context section only when the
     * questionnaire has no dimensions, since its average adds nothing once its questions are broken down into them.
     */
    public static boolean reported(Questionnaire questionnaire, Section section) {
        return section.kind() == SectionKind.PRINCIPLE
                || questionnaire.dimensions().isEmpty();
    }
}
