package org.coprod.core.scoring;

import java.util.List;
import java.util.OptionalDouble;
import org.coprod.core.model.Condition;

/**
 * A verdict condition tried against the figures: what it looked at ("Shared planning", "every principle"), the figure
 * found, whether it held, which principles failed it, and which scores had too little data to tell.
 */
public record ConditionCheck(
        Condition condition,
        String subject,
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
        return actual.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(actual.getAsDouble() - condition.threshold());
    }

    /** Plain English, such as "Shared delivery is 28, below 50" or "Shared planning is 72 (at least 50)". */
    public String describe() {
        String threshold = Figures.format(condition.threshold());
        boolean atLeast = condition.comparison() == Condition.Comparison.AT_LEAST;
        if (truth == Truth.UNKNOWN && failing.isEmpty()) {
            return subject + " cannot be worked out: too few answers for " + String.join(", ", unknown);
        }
        if (!failing.isEmpty()) {
            return String.join(", ", failing) + (failing.size() == 1 ? " is " : " are ")
                    + (atLeast ? "below " : "not below ") + threshold;
        }
        if (condition.score().kind() == org.coprod.core.model.ScoreRef.Kind.EVERY_PRINCIPLE && truth == Truth.HOLDS) {
            return "every principle is " + (atLeast ? "at least " : "below ") + threshold + " (the lowest is "
                    + Figures.format(actual.orElse(Double.NaN)) + ")";
        }
        String figure = subject + " is " + Figures.format(actual.orElse(Double.NaN));
        if (actual.isEmpty()) {
            figure = subject;
        }
        if (truth == Truth.HOLDS) {
            return figure + (atLeast ? " (at least " : " (below ") + threshold + ")";
        }
        return figure + (atLeast ? ", below " : ", not below ") + threshold;
    }
}
