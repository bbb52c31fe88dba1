package org.coprod.core.model;

import java.util.List;

/** The ordered rules, the verdict when none holds, and the one given when there is too little data. */
public record VerdictRules(List<VerdictRule> rules, VerdictOutcome fallback, VerdictOutcome insufficientData) {
    public VerdictRules {
        rules = List.copyOf(rules);
    }
}
