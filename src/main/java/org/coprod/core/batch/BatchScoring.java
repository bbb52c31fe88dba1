package org.coprod.core.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ScoreRef;
import org.coprod.core.scoring.ActionPlan;
import org.coprod.core.scoring.ActivityCheck;
import org.coprod.core.scoring.ConditionCheck;
import org.coprod.core.scoring.Placement;
import org.coprod.core.scoring.PlannedAction;
import org.coprod.core.scoring.ScoreTable;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.scoring.Verdict;
import org.coprod.core.scoring.Verdicts;
import org.coprod.core.words.Collation;

/**
 * Scores respondents one at a time into running totals per service, per role within each service, and for everyone,
 * so that any number of rows can be scored in memory that grows only with services, roles and questions.
 */
public final class BatchScoring {
    private final ScoringPlan plan;
    /** Everyone's answer counts and alpha, added row by row; their scores are the services' put together. */
    private final GroupAccumulator everyone;

    private boolean everyoneIsCurrent = true;
    /** Names in the questionnaire's language's order (Welsh puts Llandudno after Lyon), merged ignoring case. */
    private final Comparator<String> order;

    private final Map<String, GroupAccumulator> services;
    private final Map<String, Map<String, GroupAccumulator>> roles;
    /** Names as written, to their (case-insensitively merged) group: a quick way past the sorted maps. */
    private final Map<String, GroupAccumulator> recent = new HashMap<>();

    private final Map<String, Map<String, GroupAccumulator>> recentRolesIn = new HashMap<>();
    private final double[] sectionScores;
    private final double[] dimensionScores;

    public BatchScoring(Questionnaire questionnaire) {
        this.plan = ScoringPlan.of(questionnaire);
        this.order = Collation.forTag(questionnaire.language());
        this.services = new TreeMap<>(order);
        this.roles = new TreeMap<>(order);
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
    public void add(
            String service, String role, byte[] kinds, double[] itemScores, double[] sections, double[] dimensions) {
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
                roleGroup = roles.computeIfAbsent(service, s -> new TreeMap<>(order))
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

    /**
     * The deciding figures of a group's verdict whose 95% interval crosses their threshold, each with the verdict that
     * the figure on the other side of its line would give. "Every principle" is judged by its weakest principle.
     */
    public List<Borderline> borderlineOf(GroupAccumulator group) {
        ScoreTable means = meansOf(group);
        Verdict verdict = Verdicts.decide(plan.questionnaire(), means);
        List<Borderline> found = new ArrayList<>();
        if (!verdict.decided()) {
            return found;
        }
        for (ConditionCheck check : verdict.deciding()) {
            Optional<ScoreRef> ref = figureOf(check, means);
            if (ref.isEmpty()) {
                continue;
            }
            RunningStats stats = statsOf(group, ref.get());
            double half = stats.halfWidth95();
            double threshold = check.condition().threshold();
            if (Double.isNaN(half) || stats.mean() - half >= threshold || stats.mean() + half < threshold) {
                continue;
            }
            boolean reaches = stats.mean() >= threshold;
            double otherSide = reaches ? threshold - 1e-6 : threshold;
            Verdict other = Verdicts.decide(plan.questionnaire(), means.with(ref.get(), otherSide));
            if (!other.outcome().id().equals(verdict.outcome().id())) {
                found.add(new Borderline(
                        check, nameOf(ref.get()), stats.mean() - half, stats.mean() + half, other.outcome()));
            }
        }
        return found;
    }

    /** The single section or dimension a test looks at; for "every principle", the weakest one. */
    private Optional<ScoreRef> figureOf(ConditionCheck check, ScoreTable means) {
        ScoreRef ref = check.condition().score();
        return switch (ref.kind()) {
            case SECTION, DIMENSION -> Optional.of(ref);
            case EVERY_PRINCIPLE, WEAKEST_PRINCIPLE ->
                means.principles().entrySet().stream()
                        .filter(e -> e.getValue().isPresent())
                        .min(java.util.Comparator.comparingDouble(
                                e -> e.getValue().getAsDouble()))
                        .map(e -> new ScoreRef(ScoreRef.Kind.SECTION, e.getKey()));
            case AVERAGE_PRINCIPLE -> Optional.empty();
        };
    }

    private RunningStats statsOf(GroupAccumulator group, ScoreRef ref) {
        Questionnaire q = plan.questionnaire();
        if (ref.kind() == ScoreRef.Kind.DIMENSION) {
            return group.dimension(q.dimensions().indexOf(q.dimension(ref.id()).orElseThrow()));
        }
        return group.section(q.sections().indexOf(q.section(ref.id()).orElseThrow()));
    }

    private String nameOf(ScoreRef ref) {
        Questionnaire q = plan.questionnaire();
        return ref.kind() == ScoreRef.Kind.DIMENSION
                ? q.dimension(ref.id()).orElseThrow().name()
                : q.section(ref.id()).orElseThrow().name();
    }

    /** Where a group sits on the planning and delivery grid, from its means. */
    public Optional<Placement> placementOf(GroupAccumulator group) {
        return Placement.of(plan.questionnaire(), meansOf(group));
    }

    /** Which kinds of joint work a group's mean answers show. */
    public List<ActivityCheck> activitiesOf(GroupAccumulator group) {
        return ActivityCheck.of(plan.questionnaire(), id -> {
            int q = plan.indexOf(id);
            return q < 0 ? OptionalDouble.empty() : group.itemMean(q);
        });
    }

    /** A group's suggested actions, ranked from its means as for one respondent's scores. */
    public List<PlannedAction> actionsFor(GroupAccumulator group) {
        return ActionPlan.rank(
                plan.questionnaire(),
                meansOf(group),
                id -> {
                    int q = plan.indexOf(id);
                    return q < 0 ? OptionalDouble.empty() : group.itemMean(q);
                },
                verdictOf(group).outcome().id());
    }

    /** A respondent's own verdict, from the scores of the last {@link #add}. */
    public Verdict lastVerdict() {
        return Verdicts.decide(
                plan.questionnaire(),
                table(s -> ScoreTable.known(sectionScores[s]), d -> ScoreTable.known(dimensionScores[d])));
    }

    private ScoreTable table(IntFunction<OptionalDouble> section, IntFunction<OptionalDouble> dimension) {
        return ScoreTable.of(plan.questionnaire(), section, dimension);
    }

    private static OptionalDouble mean(RunningStats stats) {
        return stats.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(stats.mean());
    }
}
