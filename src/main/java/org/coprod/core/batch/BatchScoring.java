package org.coprod.core.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.ActionPlan;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.ScoreTable;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.scoring.Verdict;
import org.coprod.core.scoring.Verdicts;

/**
 * Scores respondents one at a time into running totals per service, per role within each service, and for everyone,
 * so that any number of rows can be scored in memory that grows only with services, roles and questions.
 */
public final class BatchScoring {
    private final ScoringPlan plan;
    /** Everyone's answer counts and alpha, added row by row; their scores are the services' put together. */
    private final GroupAccumulator everyone;
    private boolean everyoneIsCurrent = true;
    private final Map<String, GroupAccumulator> services = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Map<String, GroupAccumulator>> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** Names as written, to their (case-insensitively merged) group: a quick way past the sorted maps. */
    private final Map<String, GroupAccumulator> recent = new HashMap<>();
    private final Map<String, Map<String, GroupAccumulator>> recentRolesIn = new HashMap<>();
    private final double[] sectionScores;
    private final double[] dimensionScores;

    public BatchScoring(Questionnaire questionnaire) {
        this.plan = ScoringPlan.of(questionnaire);
        this.everyone = new GroupAccumulator(plan, true);
        this.sectionScores = new double[questionnaire.sections().size()];
        this.dimensionScores = new double[questionnaire.dimensions().size()];
    }

    public ScoringPlan plan() {
        return plan;
    }

    /**
     * Adds one respondent to their service, their role within it (when there is one) and everyone: their answers, and
     * their scores as {@link ScoringPlan#scoreRespondent} worked them out (perhaps on another thread, while this one
     * adds up the respondent before). Afterwards {@link #lastSectionScores()} and {@link #lastDimensionScores()} hold
     * a copy of this respondent's own scores.
     */
    public void add(String service, String role, byte[] kinds, double[] itemScores, double[] sections, double[] dimensions) {
        System.arraycopy(sections, 0, sectionScores, 0, sectionScores.length);
        System.arraycopy(dimensions, 0, dimensionScores, 0, dimensionScores.length);
        everyone.addAnswers(kinds, itemScores);
        everyoneIsCurrent = false;
        GroupAccumulator group = recent.get(service);
        if (group == null) {
            group = services.computeIfAbsent(service, s -> new GroupAccumulator(plan, false));
            recent.put(service, group);
        }
        group.add(sectionScores, dimensionScores);
        group.addItems(kinds, itemScores);
        if (role != null && !role.isBlank()) {
            Map<String, GroupAccumulator> recentRoles = recentRolesIn.computeIfAbsent(service, s -> new HashMap<>());
            GroupAccumulator roleGroup = recentRoles.get(role);
            if (roleGroup == null) {
                roleGroup = roles.computeIfAbsent(service, s -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                        .computeIfAbsent(role, r -> new GroupAccumulator(plan, false));
                recentRoles.put(role, roleGroup);
            }
            roleGroup.add(sectionScores, dimensionScores);
        }
    }

    public double[] lastSectionScores() {
        return sectionScores;
    }

    public double[] lastDimensionScores() {
        return dimensionScores;
    }

    public GroupAccumulator everyone() {
        if (!everyoneIsCurrent) {
            everyone.setScoresToThoseOf(services.values());
            everyoneIsCurrent = true;
        }
        return everyone;
    }

    public Map<String, GroupAccumulator> services() {
        return services;
    }

    public Map<String, GroupAccumulator> rolesIn(String service) {
        return roles.getOrDefault(service, Map.of());
    }

    /** The figures of a group's means, for a verdict: a section or dimension nobody scored is unknown. */
    public ScoreTable meansOf(GroupAccumulator group) {
        return table(s -> mean(group.section(s)), d -> mean(group.dimension(d)));
    }

    public Verdict verdictOf(GroupAccumulator group) {
        return Verdicts.decide(plan.questionnaire(), meansOf(group));
    }

    /** A group's suggested actions, ranked from its means as for one respondent's scores. */
    public List<PlannedAction> actionsFor(GroupAccumulator group) {
        return ActionPlan.rank(plan.questionnaire(), meansOf(group), id -> {
            int q = plan.indexOf(id);
            return q < 0 ? OptionalDouble.empty() : group.itemMean(q);
        }, verdictOf(group).outcome().id());
    }

    /** A respondent's own verdict, from the scores of the last {@link #add}. */
    public Verdict lastVerdict() {
        return Verdicts.decide(plan.questionnaire(), table(s -> ScoreTable.known(sectionScores[s]), d -> ScoreTable.known(dimensionScores[d])));
    }

    private ScoreTable table(IntFunction<OptionalDouble> section, IntFunction<OptionalDouble> dimension) {
        return ScoreTable.of(plan.questionnaire(), section, dimension);
    }

    private static OptionalDouble mean(RunningStats stats) {
        return stats.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(stats.mean());
    }
}
