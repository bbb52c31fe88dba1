package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;

/**
 * Turns one set of answers into scores. Pure: no files, no terminal.
 *
 * <p>An answer's value v on an answer set declared from min to max scores (v - min) / (max - min) x 100; a reverse-keyed
 * question uses min + max - v instead of v. A section or dimension score is the weighted mean of the scores of its
 * answered questions, provided that at least the questionnaire's minimum fraction of its applicable questions (all but
 * the "not applicable" ones) was answered; otherwise it is unknown, never 0.
 */
public final class Scoring {
    private Scoring() {}

    public static ItemScore itemScore(Questionnaire questionnaire, Question question, Optional<Response> response) {
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        OptionalDouble score = response.filter(Response::isScored)
                .map(r -> OptionalDouble.of(
                        plan.itemScore(plan.indexOf(question.id()), r.option().value())))
                .orElse(OptionalDouble.empty());
        return new ItemScore(question, response, score);
    }

    public static Scorecard score(Questionnaire questionnaire, Map<String, Response> responses) {
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        List<ItemScore> items = questionnaire.questions().stream()
                .map(q -> itemScore(questionnaire, q, Optional.ofNullable(responses.get(q.id()))))
                .toList();
        byte[] kinds = new byte[items.size()];
        double[] itemScores = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            ItemScore item = items.get(i);
            kinds[i] = item.response().map(r -> ScoringPlan.kindOf(r.kind())).orElse(ScoringPlan.MISSING);
            itemScores[i] = item.score().orElse(Double.NaN);
        }
        List<SectionScore> sections = new ArrayList<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Score score = score(
                    plan.combine(plan.sectionItems(s), kinds, itemScores), plan.counts(plan.sectionItems(s), kinds));
            sections.add(new SectionScore(
                    questionnaire.sections().get(s),
                    score,
                    score.known()
                            ? Optional.of(questionnaire
                                    .scoring()
                                    .bandFor(score.value().getAsDouble()))
                            : Optional.empty()));
        }
        List<DimensionScore> dimensions = new ArrayList<>();
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            dimensions.add(new DimensionScore(
                    questionnaire.dimensions().get(d),
                    score(plan.combineDimension(d, kinds, itemScores), plan.counts(plan.dimensionItems(d), kinds))));
        }
        ScoreTable table = ScoreTable.of(questionnaire, sections, dimensions);
        Map<String, OptionalDouble> byId = new java.util.HashMap<>();
        items.forEach(i -> byId.put(i.question().id(), i.score()));
        return new Scorecard(
                questionnaire,
                items,
                sections,
                dimensions,
                table.overall(),
                weakest(sections),
                Verdicts.decide(questionnaire, table),
                Placement.of(questionnaire, table),
                ActivityCheck.of(questionnaire, id -> byId.getOrDefault(id, OptionalDouble.empty())));
    }

    private static Score score(double value, Counts counts) {
        return new Score(Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value), counts);
    }

    private static Optional<SectionScore> weakest(List<SectionScore> sections) {
        return sections.stream()
                .filter(s -> s.section().kind() == org.coprod.core.model.SectionKind.PRINCIPLE
                        && s.score().known())
                .min(Comparator.comparingDouble(s -> s.score().value().getAsDouble()));
    }
}
