package org.coprod.core.model;

import java.util.List;

/** A verdict people can be given: its label, what it means, and what to do next. */
public record VerdictOutcome(String id, String label, String meaning, List<String> nextSteps) {
    public VerdictOutcome {
        nextSteps = List.copyOf(nextSteps);
    }
}
