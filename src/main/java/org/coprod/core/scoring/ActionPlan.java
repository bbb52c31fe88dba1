package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coprod.core.model.Band;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.SectionKind;
import org.coprod.core.model.SuggestedAction;

/**
 * Chooses what to do next. Only principles below the top band are considered, and only actions that suit the verdict
 * and address at least one question that was answered on its scale (an action whose questions were all "not
 * applicable", "don't know" or blank is never suggested). Need is how far below 100 the action's answered questions
 * scored on average. Principles are taken weakest first; principles with equal scores (as shown, to one decimal place) are taken in the questionnaire's
 * order. The plan takes the most needed action of each principle in that order, then the second most needed of each,
 * and so on, so that its first three steps are the first steps; within a principle, actions of equal need keep the
 * questionnaire's order. The same rules serve one respondent's scores and a group's means.
 */
public final class ActionPlan {
    private ActionPlan() {}

    public static List<PlannedAction> rank(Scorecard card) {
        Map<String, OptionalDouble> itemScores = new LinkedHashMap<>();
        card.items().forEach(i -> itemScores.put(i.question().id(), i.score()));
        return rank(
                card.questionnaire(),
                ScoreTable.of(card.questionnaire(), card.sections(), card.dimensions()),
                id -> itemScores.getOrDefault(id, OptionalDouble.empty()),
                card.verdict().outcome().id());
    }

    /**
     * @param figures the principles' scores (or a group's means)
     * @param itemScore a question's score (or a group's mean score for it), by question id; empty when unanswered
     * @param verdictId the verdict given, which some actions are meant for or not meant for
     */
    public static List<PlannedAction> rank(
            Questionnaire questionnaire,
            ScoreTable figures,
            Function<String, OptionalDouble> itemScore,
            String verdictId) {
        List<Band> bands = questionnaire.scoring().bands();
        double topBand = bands.get(bands.size() - 1).from();
        List<PlannedAction> planned = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            OptionalDouble score = figures.section(section.id());
            if (section.kind() != SectionKind.PRINCIPLE
                    || score.isEmpty()
                    || score.getAsDouble() >= topBand && bands.size() > 1) {
                continue;
            }
            double sectionScore = score.getAsDouble();
            for (SuggestedAction action : section.actions()) {
                Set<String> addresses = Set.copyOf(action.addresses());
                List<String> addressed = questionnaire.questions().stream()
                        .map(Question::id)
                        .filter(id ->
                                addresses.contains(id) && itemScore.apply(id).isPresent())
                        .toList();
                if (addressed.isEmpty() || !action.suits(verdictId)) {
                    continue;
                }
                double need = addressed.stream()
                        .mapToDouble(id -> 100 - itemScore.apply(id).getAsDouble())
                        .average()
                        .orElseThrow();
                planned.add(new PlannedAction(section, sectionScore, action, need, addressed));
            }
        }
        // principles that show the same score are equal, and stay in the questionnaire's order
        Map<String, Integer> order = new HashMap<>();
        questionnaire.sections().forEach(s -> order.put(s.id(), order.size()));
        planned.sort(Comparator.comparingDouble(ActionPlan::shownScore)
                .thenComparing(a -> order.get(a.section().id()))
                .thenComparing(Comparator.comparingDouble(PlannedAction::need).reversed()));
        return inTurns(planned);
    }

    /** The most needed action of each principle in turn (weakest first), then the second of each, and so on. */
    private static List<PlannedAction> inTurns(List<PlannedAction> byPrinciple) {
        Map<String, List<PlannedAction>> perPrinciple = new LinkedHashMap<>();
        byPrinciple.forEach(a -> perPrinciple
                .computeIfAbsent(a.section().id(), k -> new ArrayList<>())
                .add(a));
        List<PlannedAction> turns = new ArrayList<>();
        for (int round = 0; turns.size() < byPrinciple.size(); round++) {
            for (List<PlannedAction> actions : perPrinciple.values()) {
                if (round < actions.size()) {
                    turns.add(actions.get(round));
                }
            }
        }
        return turns;
    }

    /**
     * Every ranked action of the weakest principles, up to {@code count} principles, most needed first; a principle
     * whose score equals that of the last one taken is taken too, so that no principle is left out for a tie.
     */
    public static List<PlannedAction> forWeakest(List<PlannedAction> ranked, int count) {
        List<PlannedAction> firsts = firstOfEachPrinciple(ranked);
        if (firsts.size() > count) {
            double last = shownScore(firsts.get(count - 1));
            firsts = firsts.stream().filter(a -> shownScore(a) <= last).toList();
        }
        Set<String> principles = firsts.stream().map(a -> a.section().id()).collect(Collectors.toSet());
        return ranked.stream()
                .filter(a -> principles.contains(a.section().id()))
                .toList();
    }

    /**
     * The groups of two or more principles in the plan that have the same score, each group in the plan's order: the
     * plan cannot say which of them is weaker, and takes them in the questionnaire's order.
     */
    public static List<List<PlannedAction>> ties(List<PlannedAction> planned) {
        Map<Double, List<PlannedAction>> byScore = new LinkedHashMap<>();
        firstOfEachPrinciple(planned)
                .forEach(a -> byScore.computeIfAbsent(shownScore(a), k -> new ArrayList<>())
                        .add(a));
        return byScore.values().stream().filter(group -> group.size() > 1).toList();
    }

    /** A principle's score as the reports show it, so that principles shown with equal scores are equal here too. */
    private static double shownScore(PlannedAction action) {
        return Figures.shown(action.sectionScore());
    }

    /** The most needed action of each principle, weakest principle first. */
    private static List<PlannedAction> firstOfEachPrinciple(List<PlannedAction> ranked) {
        Map<String, PlannedAction> firsts = new LinkedHashMap<>();
        ranked.forEach(a -> firsts.putIfAbsent(a.section().id(), a));
        return List.copyOf(firsts.values());
    }

    /** The first {@code count} steps of the plan for the weakest principles. */
    public static List<PlannedAction> firstSteps(List<PlannedAction> ranked, int count) {
        return forWeakest(ranked, count).stream().limit(count).toList();
    }

    public static List<PlannedAction> firstSteps(Scorecard card, int count) {
        return firstSteps(rank(card), count);
    }
}
