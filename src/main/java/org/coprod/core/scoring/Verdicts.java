package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.coprod.core.model.Condition;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ScoreRef;
import org.coprod.core.model.VerdictOutcome;
import org.coprod.core.model.VerdictRule;
import org.coprod.core.words.Words;

/**
 * Decides the verdict from the figures. Rules are tried in the questionnaire's order and the first whose conditions
 * all hold wins. If a rule cannot be told true or false because a score it needs has too little data, and no earlier
 * rule held, the verdict is "not enough answers to decide", naming what is missing; a guess is never made.
 */
public final class Verdicts {
    private Verdicts() {}

    public static Verdict decide(Questionnaire questionnaire, ScoreTable figures) {
        List<RuleCheck> checks = new ArrayList<>();
        for (VerdictRule rule : questionnaire.verdict().rules()) {
            RuleCheck check = check(questionnaire, rule, figures);
            checks.add(check);
            if (check.truth() == Truth.HOLDS) {
                return new Verdict(rule.outcome(), true, checks);
            }
            if (check.truth() == Truth.UNKNOWN) {
                return new Verdict(questionnaire.verdict().insufficientData(), false, checks);
            }
        }
        return new Verdict(questionnaire.verdict().fallback(), true, checks);
    }

    static RuleCheck check(Questionnaire questionnaire, VerdictRule rule, ScoreTable figures) {
        List<ConditionCheck> conditions = new ArrayList<>();
        Truth truth = Truth.HOLDS;
        for (Condition condition : rule.conditions()) {
            ConditionCheck check = check(questionnaire, condition, figures);
            conditions.add(check);
            truth = truth.and(check.truth());
        }
        return new RuleCheck(rule.outcome(), truth, conditions);
    }

    static ConditionCheck check(Questionnaire questionnaire, Condition condition, ScoreTable figures) {
        ScoreRef ref = condition.score();
        return switch (ref.kind()) {
            case SECTION ->
                single(condition, questionnaire.section(ref.id()).orElseThrow().name(), figures.section(ref.id()));
            case DIMENSION ->
                single(
                        condition,
                        questionnaire.dimension(ref.id()).orElseThrow().name(),
                        figures.dimensions().getOrDefault(ref.id(), OptionalDouble.empty()));
            case AVERAGE_PRINCIPLE -> averageOfPrinciples(questionnaire, condition, figures);
            case EVERY_PRINCIPLE, WEAKEST_PRINCIPLE -> principles(questionnaire, condition, figures);
        };
    }

    private static ConditionCheck single(Condition condition, String name, OptionalDouble actual) {
        if (actual.isEmpty()) {
            return new ConditionCheck(condition, name, actual, Truth.UNKNOWN, List.of(), List.of(name));
        }
        Truth truth =
                condition.comparison().test(actual.getAsDouble(), condition.threshold()) ? Truth.HOLDS : Truth.FAILS;
        return new ConditionCheck(condition, name, actual, truth, List.of(), List.of());
    }

    private static ConditionCheck averageOfPrinciples(
            Questionnaire questionnaire, Condition condition, ScoreTable figures) {
        List<String> unknown = unknownPrinciples(questionnaire, figures);
        if (!unknown.isEmpty()) {
            return new ConditionCheck(condition, "", OptionalDouble.empty(), Truth.UNKNOWN, List.of(), unknown);
        }
        return single(condition, "", figures.overall());
    }

    /**
     * "Every principle" tests each principle against the threshold and names those that fail; "the weakest principle"
     * tests the lowest one. A principle with too little data makes the answer unknown, unless the principles that do
     * have scores already decide it.
     */
    private static ConditionCheck principles(Questionnaire questionnaire, Condition condition, ScoreTable figures) {
        boolean every = condition.score().kind() == ScoreRef.Kind.EVERY_PRINCIPLE;
        List<String> failing = new ArrayList<>();
        String weakestName = null;
        double weakest = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, OptionalDouble> entry : figures.principles().entrySet()) {
            if (entry.getValue().isPresent()) {
                String name =
                        questionnaire.section(entry.getKey()).orElseThrow().name();
                double value = entry.getValue().getAsDouble();
                if (!condition.comparison().test(value, condition.threshold())) {
                    failing.add(name + " (" + Figures.format(value) + ")");
                }
                if (value < weakest) {
                    weakest = value;
                    weakestName = name;
                }
            }
        }
        List<String> unknown = unknownPrinciples(questionnaire, figures);
        OptionalDouble actual = weakestName == null ? OptionalDouble.empty() : OptionalDouble.of(weakest);
        if (every) {
            Truth truth = !failing.isEmpty()
                    ? Truth.FAILS
                    : unknown.isEmpty() && actual.isPresent() ? Truth.HOLDS : Truth.UNKNOWN;
            return new ConditionCheck(condition, "", actual, truth, failing, unknown);
        }
        boolean atLeast = condition.comparison() == Condition.Comparison.AT_LEAST;
        boolean holdsForKnown = actual.isPresent() && condition.comparison().test(weakest, condition.threshold());
        // A known principle below the threshold settles either form; otherwise an unscored principle could change it.
        boolean settled = actual.isPresent() && (unknown.isEmpty() || atLeast != holdsForKnown);
        Truth truth = !settled ? Truth.UNKNOWN : holdsForKnown ? Truth.HOLDS : Truth.FAILS;
        return new ConditionCheck(condition, weakestName == null ? "" : weakestName, actual, truth, List.of(), unknown);
    }

    private static List<String> unknownPrinciples(Questionnaire questionnaire, ScoreTable figures) {
        List<String> unknown = new ArrayList<>();
        figures.principles().forEach((id, value) -> {
            if (value.isEmpty()) {
                unknown.add(questionnaire.section(id).orElseThrow().name());
            }
        });
        return unknown;
    }

    /** The verdict and why, in one sentence: which rule decided it, or what was missing to decide it. */
    static String explain(Verdict verdict, Words words) {
        List<RuleCheck> checks = verdict.checks();
        RuleCheck last = checks.isEmpty() ? null : checks.get(checks.size() - 1);
        if (!verdict.decided()) {
            return explainUnknown(last, words);
        }
        if (last != null && last.truth() == Truth.HOLDS) {
            return explainHeld(last, checks, words);
        }
        return explainFallback(verdict.outcome(), checks, words);
    }

    private static String explainHeld(RuleCheck held, List<RuleCheck> checks, Words words) {
        String label = held.outcome().label();
        String because = words.and(held.conditions().stream()
                .map(c -> lowerFirst(c.describe(words)))
                .toList());
        // Why not an earlier verdict: its first shortfall (a score below what it needs). A failed "below" test, such as
        // staff contributing too much to be self-organised, explains nothing to improve, so it is not repeated here.
        Set<String> whyNotHigher = new LinkedHashSet<>();
        for (RuleCheck earlier : checks) {
            if (earlier != held) {
                earlier.with(Truth.FAILS).stream()
                        .filter(c -> c.condition().comparison() == Condition.Comparison.AT_LEAST)
                        .findFirst()
                        .ifPresent(c -> whyNotHigher.add(lowerFirst(c.describe(words))));
            }
        }
        if (whyNotHigher.isEmpty()) {
            return words.get("verdict.explanation.because", label, because);
        }
        return words.get("verdict.explanation.because-but", label, because, reasons(whyNotHigher, words));
    }

    private static String explainFallback(VerdictOutcome fallback, List<RuleCheck> checks, Words words) {
        Set<String> reasons = new LinkedHashSet<>();
        for (RuleCheck check : checks) {
            check.with(Truth.FAILS).stream().findFirst().ifPresent(c -> reasons.add(lowerFirst(c.describe(words))));
        }
        if (reasons.isEmpty()) {
            return words.get("verdict.explanation.plain", fallback.label());
        }
        return words.get("verdict.explanation.because", fallback.label(), reasons(reasons, words));
    }

    private static String reasons(Set<String> reasons, Words words) {
        return String.join(words.get("verdict.explanation.reasons-join"), reasons);
    }

    private static String explainUnknown(RuleCheck undecided, Words words) {
        Set<String> missing = new LinkedHashSet<>();
        undecided.with(Truth.UNKNOWN).forEach(c -> missing.addAll(c.unknown()));
        return words.count(
                "verdict.explanation.too-few",
                missing.size(),
                words.and(new ArrayList<>(missing)),
                undecided.outcome().label().toLowerCase(words.locale()));
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
