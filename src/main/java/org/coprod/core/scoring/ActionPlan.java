package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.coprod.core.model.Band;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.model.SuggestedAction;

/**
 * Chooses what to do next. Only principles below the top band are considered. Their suggested actions are ranked
 * by the principle's score (lowest first), then by need: how far below 100 the questions each action addresses
 * scored on average (an action whose questions were not answered takes its principle's shortfall). The same rules
 * serve one respondent's scores and a group's means.
 */
public final class ActionPlan {
    private ActionPlan() {}

    public static List<PlannedAction> rank(Scorecard card) {
        Map<String, OptionalDouble> itemScores = new LinkedHashMap<>();
        card.items().forEach(i -> itemScores.put(i.question().id(), i.score()));
        return rank(card.questionnaire(), ScoreTable.of(card.questionnaire(), card.sections(), card.dimensions()),
                id -> itemScores.getOrDefault(id, OptionalDouble.empty()));
    }

    /**
     * @param figures the principles' scores (or a group's means)
     * @param itemScore a question's score (or a group's mean score for it), by question id; empty when unanswered
     */
    public static List<PlannedAction> rank(Questionnaire questionnaire, ScoreTable figures, Function<String, OptionalDouble> itemScore) {
        List<Band> bands = questionnaire.scoring().bands();
        double topBand = bands.get(bands.size() - 1).from();
        List<PlannedAction> planned = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            OptionalDouble score = figures.section(section.id());
            if (section.kind() != SectionKind.PRINCIPLE || score.isEmpty() || score.getAsDouble() >= topBand && bands.size() > 1) {
                continue;
            }
            double sectionScore = score.getAsDouble();
            for (SuggestedAction action : section.actions()) {
                Set<String> addresses = Set.copyOf(action.addresses());
                List<String> addressed = questionnaire.questions().stream().map(Question::id)
                        .filter(id -> addresses.contains(id) && itemScore.apply(id).isPresent()).toList();
                double need = addressed.isEmpty()
                        ? 100 - sectionScore
                        : addressed.stream().mapToDouble(id -> 100 - itemScore.apply(id).getAsDouble()).average().orElseThrow();
                planned.add(new PlannedAction(section, sectionScore, action, need, addressed));
            }
        }
        planned.sort(Comparator.comparingDouble(PlannedAction::sectionScore)
                .thenComparing(Comparator.comparingDouble(PlannedAction::need).reversed()));
        return planned;
    }

    /** Every ranked action of the weakest principles, up to {@code count} principles, most needed first. */
    public static List<PlannedAction> forWeakest(List<PlannedAction> ranked, int count) {
        List<String> principles = ranked.stream().map(a -> a.section().id()).distinct().limit(count).toList();
        return ranked.stream().filter(a -> principles.contains(a.section().id())).toList();
    }

    /** The most needed action of each of the weakest principles, up to {@code count} principles. */
    public static List<PlannedAction> firstSteps(List<PlannedAction> ranked, int count) {
        Map<String, PlannedAction> bestPerPrinciple = new LinkedHashMap<>();
        for (PlannedAction action : forWeakest(ranked, count)) {
            bestPerPrinciple.putIfAbsent(action.section().id(), action);
        }
        return List.copyOf(bestPerPrinciple.values());
    }

    public static List<PlannedAction> firstSteps(Scorecard card, int count) {
        return firstSteps(rank(card), count);
    }
}
