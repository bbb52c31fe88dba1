package org.coprod.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coprod.core.model.VerdictOutcome;

/**
 * The verdict and why: every rule tried (in order, up to the one that decided), and a one-sentence explanation with
 * the figures behind it. {@code decided} is false when there were too few answers to tell.
 */
public record Verdict(VerdictOutcome outcome, boolean decided, List<RuleCheck> checks, String explanation) {
    public Verdict {
        checks = List.copyOf(checks);
    }

    /**
     * The figures that decided the verdict: every test of the verdict given, and for each verdict tried before it, the
     * first test it failed (what it lacked). Each names its figure and threshold, so how far each is from changing the
     * outcome can be read off.
     */
    public List<ConditionCheck> deciding() {
        Map<String, ConditionCheck> deciding = new LinkedHashMap<>();
        for (RuleCheck check : checks) {
            List<ConditionCheck> relevant = check.truth() == Truth.HOLDS ? check.conditions()
                    : check.with(Truth.FAILS).stream().limit(1).toList();
            relevant.forEach(c -> deciding.putIfAbsent(c.describe(), c));
        }
        return List.copyOf(deciding.values());
    }
}
