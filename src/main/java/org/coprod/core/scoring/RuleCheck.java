package org.coprod.core.scoring;

import java.util.List;
import org.coprod.core.model.VerdictOutcome;

/** A verdict rule tried against the figures, with each of its conditions. */
public record RuleCheck(VerdictOutcome outcome, Truth truth, List<ConditionCheck> conditions) {
    public RuleCheck {
        conditions = List.copyOf(conditions);
    }

    public List<ConditionCheck> with(Truth wanted) {
        return conditions.stream().filter(c -> c.truth() == wanted).toList();
    }
}
