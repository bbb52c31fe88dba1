package org.coprod.core.scoring;

import java.util.List;
import org.coprod.core.model.Section;
import org.coprod.core.model.SuggestedAction;

/**
 * A suggested action chosen for this service: its principle and that principle's score, the ids of the answered
 * questions it addresses, and its need (how far below 100 those questions scored on average).
 */
public record PlannedAction(
        Section section, double sectionScore, SuggestedAction action, double need, List<String> addressed) {
    public PlannedAction {
        addressed = List.copyOf(addressed);
    }
}
