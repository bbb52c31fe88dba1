package org.coprod.core.scoring;

import java.util.List;
import java.util.OptionalDouble;
import org.coprod.core.model.Condition;
import org.coprod.core.model.ScoreRef;
import org.coprod.core.words.Words;

/**
 * A verdict condition tried against the figures: the name of what it looked at (a section or dimension, or the weakest
 * principle; empty for the average and for every principle), the figure found, whether it held, which principles
 * failed it (each with its figure), and which scores had too little data to tell.
 */
public record ConditionCheck(
        Condition condition,
        String name,
        OptionalDouble actual,
        Truth truth,
        List<String> failing,
        List<String> unknown) {

    public ConditionCheck {
        failing = List.copyOf(failing);
        unknown = List.copyOf(unknown);
    }

    /** How far the figure is above (positive) or below (negative) its threshold; empty when it is unknown. */
    public OptionalDouble margin() {
        return actual.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(actual.getAsDouble() - condition.threshold());
    }

    /** What the condition looked at, such as "Shared planning" or "The average of the principles". */
    public String subject(Words words) {
        return switch (condition.score().kind()) {
            case SECTION, DIMENSION -> name;
            case AVERAGE_PRINCIPLE -> words.get("verdict.subject.average");
            case EVERY_PRINCIPLE -> words.get("verdict.subject.every");
            case WEAKEST_PRINCIPLE ->
                name.isEmpty()
                        ? words.get("verdict.subject.weakest")
                        : words.get("verdict.subject.weakest-named", name);
        };
    }

    /** In words, such as "Shared delivery is 28, below 50" or "Shared planning is 72 (at least 50)". */
    public String describe(Words words) {
        String threshold = Figures.format(condition.threshold());
        String comparison = condition.comparison() == Condition.Comparison.AT_LEAST ? "at-least" : "below";
        String separator = words.get("words.list.comma");
        if (!failing.isEmpty()) {
            return words.count(
                    "verdict.condition.failing." + comparison,
                    failing.size(),
                    String.join(separator, failing),
                    threshold);
        }
        if (truth == Truth.UNKNOWN || actual.isEmpty()) {
            return words.get("verdict.condition.unknown", subject(words), String.join(separator, unknown));
        }
        String figure = Figures.format(actual.getAsDouble());
        if (condition.score().kind() == ScoreRef.Kind.EVERY_PRINCIPLE && truth == Truth.HOLDS) {
            return words.get("verdict.condition.every-holds." + comparison, threshold, figure);
        }
        String outcome = truth == Truth.HOLDS ? "holds." : "fails.";
        return words.get("verdict.condition." + outcome + comparison, subject(words), figure, threshold);
    }
}
