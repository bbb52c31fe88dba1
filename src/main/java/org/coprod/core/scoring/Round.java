package org.coprod.core.scoring;

import java.util.List;

/**
 * One round of results, as read back for a comparison: where it came from, the questionnaire and version it used,
 * the services with figures, the services whose figures were not shown (too few respondents), and the language its
 * words (the verdicts' names) are in.
 */
public record Round(
        String source,
        String questionnaireId,
        String questionnaireVersion,
        List<Snapshot> services,
        List<String> hidden,
        String language) {
    public Round {
        services = List.copyOf(services);
        hidden = List.copyOf(hidden);
    }
}
