package org.coprod.core.model;

import java.util.List;

/** A verdict given when all of its conditions hold. Rules are tried in order; the first that holds wins. */
public record VerdictRule(VerdictOutcome outcome, List<Condition> conditions) {
    public VerdictRule {
        conditions = List.copyOf(conditions);
    }
}
