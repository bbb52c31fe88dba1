package org.coprod.core.model;

import java.util.ArrayList;
import java.util.List;

/** The ordered rules, the verdict when none holds, and the one given when there is too little data. */
public record VerdictRules(List<VerdictRule> rules, VerdictOutcome fallback, VerdictOutcome insufficientData) {
    public VerdictRules {
        rules = List.copyOf(rules);
    }

    /** Every verdict these rules can give: each rule's, in order, then the fallback and the one for too little data. */
    public List<VerdictOutcome> outcomes() {
        List<VerdictOutcome> outcomes = new ArrayList<>();
        rules.forEach(rule -> outcomes.add(rule.outcome()));
        outcomes.add(fallback);
        outcomes.add(insufficientData);
        return outcomes;
    }
}
