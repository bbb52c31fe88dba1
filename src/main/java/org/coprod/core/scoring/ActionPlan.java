package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coprod.core.model.Band;
import org.coprod.core.model.SuggestedAction;

/**
 * Chooses what to do next. Only principles below the top band are considered. Their suggested actions are ranked
 * by the principle's score (lowest first), then by need: how far below 100 the questions each action addresses
 * scored on average (an action whose questions were not answered takes its principle's shortfall).
 */
public final class ActionPlan {
    private ActionPlan() {}

    public static List<PlannedAction> rank(Scorecard card) {
        List<Band> bands = card.questionnaire().scoring().bands();
        double topBand = bands.get(bands.size() - 1).from();
        List<PlannedAction> planned = new ArrayList<>();
        for (SectionScore section : card.principles()) {
            if (!section.score().known() || section.score().value().getAsDouble() >= topBand && bands.size() > 1) {
                continue;
            }
            double sectionScore = section.score().value().getAsDouble();
            for (SuggestedAction action : section.section().actions()) {
                List<ItemScore> addressed = card.items().stream()
                        .filter(i -> action.addresses().contains(i.question().id()) && i.score().isPresent())
                        .toList();
                double need = addressed.isEmpty()
                        ? 100 - sectionScore
                        : addressed.stream().mapToDouble(i -> 100 - i.score().getAsDouble()).average().orElseThrow();
                planned.add(new PlannedAction(section.section(), sectionScore, action, need, addressed));
            }
        }
        planned.sort(Comparator.comparingDouble(PlannedAction::sectionScore)
                .thenComparing(Comparator.comparingDouble(PlannedAction::need).reversed()));
        return planned;
    }

    /** The most needed action of each of the weakest principles, up to {@code count} principles. */
    public static List<PlannedAction> firstSteps(Scorecard card, int count) {
        Map<String, PlannedAction> bestPerPrinciple = new LinkedHashMap<>();
        for (PlannedAction action : rank(card)) {
            bestPerPrinciple.putIfAbsent(action.section().id(), action);
        }
        return bestPerPrinciple.values().stream().limit(count).toList();
    }
}
