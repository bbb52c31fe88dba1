package org.coprod.core.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.scoring.Snapshot;

/** Where two roles (such as staff and people who use the service) see a service differently. */
public final class Gaps {
    /**
     * One measure's figures for two groups and the gap between them, both unrounded: a gap is large when its true
     * size reaches the threshold (a gap of 14.93 is not large at 15, though it is shown as 14.9).
     */
    public record Gap(String id, String name, double first, double second, double gap, boolean large) {}

    private Gaps() {}

    /** The two roles compared: the ones asked for, or the two most common across services. */
    public static Optional<List<String>> roles(BatchScoring batch, Optional<List<String>> asked) {
        if (asked.isPresent()) {
            return asked;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : batch.services().keySet()) {
            batch.rolesIn(service).forEach((role, group) -> counts.merge(role, group.respondents(), Long::sum));
        }
        List<String> roles = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(2)
                .toList();
        return roles.size() == 2 ? Optional.of(roles) : Optional.empty();
    }

    /** The gaps between two groups on every reported section and every dimension. */
    public static List<Gap> between(
            Questionnaire questionnaire, GroupAccumulator first, GroupAccumulator second, double threshold) {
        List<Gap> gaps = new ArrayList<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Section section = questionnaire.sections().get(s);
            if (Snapshot.reported(questionnaire, section)) {
                gaps.add(gap(section.id(), section.name(), first.section(s), second.section(s), threshold));
            }
        }
        for (int d = 0; d < questionnaire.dimensions().size(); d++) {
            gaps.add(gap(
                    questionnaire.dimensions().get(d).id(),
                    questionnaire.dimensions().get(d).name(),
                    first.dimension(d),
                    second.dimension(d),
                    threshold));
        }
        return gaps;
    }

    private static Gap gap(String id, String name, RunningStats first, RunningStats second, double threshold) {
        return gap(id, name, first.mean(), second.mean(), threshold);
    }

    static Gap gap(String id, String name, double first, double second, double threshold) {
        double gap = first - second;
        return new Gap(id, name, first, second, gap, !Double.isNaN(gap) && Math.abs(gap) >= threshold);
    }
}
