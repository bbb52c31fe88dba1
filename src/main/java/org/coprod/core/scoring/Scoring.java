package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Dimension;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.model.Section;

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

    public static double itemScore(AnswerSet set, double value, boolean reverseKeyed) {
        double keyed = reverseKeyed ? set.min() + set.max() - value : value;
        return (keyed - set.min()) / (set.max() - set.min()) * 100.0;
    }

    public static ItemScore itemScore(Questionnaire questionnaire, Question question, Optional<Response> response) {
        OptionalDouble score = response.filter(Response::isScored)
                .map(r -> OptionalDouble.of(itemScore(questionnaire.answerSetOf(question), r.option().value(),
                        question.reverseKeyed())))
                .orElse(OptionalDouble.empty());
        return new ItemScore(question, response, score);
    }

    public static Scorecard score(Questionnaire questionnaire, Map<String, Response> responses) {
        List<ItemScore> items = questionnaire.questions().stream()
                .map(q -> itemScore(questionnaire, q, Optional.ofNullable(responses.get(q.id()))))
                .toList();
        List<SectionScore> sections = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            Score score = combine(items.stream().filter(i -> i.question().sectionId().equals(section.id())).toList(),
                    questionnaire.scoring().minimumAnsweredFraction());
            sections.add(new SectionScore(section, score,
                    score.known() ? Optional.of(questionnaire.scoring().bandFor(score.value().getAsDouble())) : Optional.empty()));
        }
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            dimensions.add(new DimensionScore(dimension, combine(
                    items.stream().filter(i -> i.question().dimensions().contains(dimension.id())).toList(),
                    questionnaire.scoring().minimumAnsweredFraction())));
        }
        ScoreTable table = ScoreTable.of(questionnaire, sections, dimensions);
        return new Scorecard(questionnaire, items, sections, dimensions, table.overall(), weakest(sections),
                Verdicts.decide(questionnaire, table));
    }

    /** The weighted mean of the answered items, if enough of the applicable ones were answered. */
    public static Score combine(List<ItemScore> items, double minimumAnsweredFraction) {
        int answered = 0;
        int notApplicable = 0;
        int dontKnow = 0;
        double weightedSum = 0;
        double weights = 0;
        for (ItemScore item : items) {
            ResponseKind kind = item.response().map(Response::kind).orElse(null);
            if (kind == ResponseKind.NOT_APPLICABLE) {
                notApplicable++;
            } else if (kind == ResponseKind.DONT_KNOW) {
                dontKnow++;
            } else if (item.score().isPresent()) {
                answered++;
                weightedSum += item.score().getAsDouble() * item.question().weight();
                weights += item.question().weight();
            }
        }
        Counts counts = new Counts(items.size(), answered, notApplicable, dontKnow,
                items.size() - answered - notApplicable - dontKnow);
        boolean enough = answered > 0 && counts.answeredFraction() >= minimumAnsweredFraction;
        return new Score(enough ? OptionalDouble.of(weightedSum / weights) : OptionalDouble.empty(), counts);
    }

    private static Optional<SectionScore> weakest(List<SectionScore> sections) {
        return sections.stream()
                .filter(s -> s.section().kind() == org.coprod.core.model.SectionKind.PRINCIPLE && s.score().known())
                .min(Comparator.comparingDouble(s -> s.score().value().getAsDouble()));
    }
}
