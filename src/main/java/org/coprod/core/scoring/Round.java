package org.coprod.core.scoring;

import java.util.List;

/**
 * One round of results, as read back for a comparison: where it came from, the questionnaire and version it used,
 * the services with figures, and the services whose figures were not shown (too few respondents).
 */
public record Round(
        String source,
        String questionnaireId,
        String questionnaireVersion,
        List<Snapshot> services,
        List<String> hidden) {
    public Round {
        services = List.copyOf(services);
        hidden = List.copyOf(hidden);
    }
}
