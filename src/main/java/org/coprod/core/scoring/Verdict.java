package org.coprod.core.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coprod.core.model.VerdictOutcome;
import org.coprod.core.words.Words;

/**
 * The verdict and why: every rule tried (in order, up to the one that decided). {@code decided} is false when there
 * were too few answers to tell.
 */
public record Verdict(VerdictOutcome outcome, boolean decided, List<RuleCheck> checks) {
    public Verdict {
        checks = List.copyOf(checks);
    }

    /** One sentence that gives the verdict and the figures behind it. */
    public String explanation(Words words) {
        return Verdicts.explain(this, words);
    }

    /**
     * The figures that decided the verdict: every test of the verdict given, and for each verdict tried before it, the
     * first test it failed (what it lacked). Each names its figure and threshold, so how far each is from changing the
     * outcome can be read off.
     */
    public List<ConditionCheck> deciding() {
        Set<ConditionCheck> deciding = new LinkedHashSet<>();
        for (RuleCheck check : checks) {
            List<ConditionCheck> relevant = check.truth() == Truth.HOLDS
                    ? check.conditions()
                    : check.with(Truth.FAILS).stream().limit(1).toList();
            deciding.addAll(relevant);
        }
        return List.copyOf(deciding);
    }
}
