package org.coprod.core.scoring;

import java.util.List;
import org.coprod.core.model.VerdictOutcome;

/**
 * The verdict and why: every rule tried (in order, up to the one that decided), and a one-sentence explanation with
 * the figures behind it. {@code decided} is false when there were too few answers to tell.
 */
public record Verdict(VerdictOutcome outcome, boolean decided, List<RuleCheck> checks, String explanation) {
    public Verdict {
        checks = List.copyOf(checks);
    }
}
