package org.coprod.core.batch;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;
import org.coprod.core.model.SectionKind;
import org.coprod.core.scoring.ScoringPlan;

/**
 * Everything kept about one group of respondents (a service, or one role within a service), in memory that depends
 * on the number of questions and never on the number of respondents.
 */
public final class GroupAccumulator {
    private static final int KINDS = 5;
    private final ScoringPlan plan;
    private long respondents;
    private final RunningStats[] sections;
    private final RunningStats[] dimensions;
    /** Per question, how many answers of each of the four kinds: question q's counts start at 4 x q. */
    private final long[] answerKinds;

    private final Reliability[] reliability;
    private final double[] itemSums;
    private final long[] itemCounts;

    /**
     * @param detailed whether to keep what is reported for everyone but not per group: the answers to each question
     *     and what Cronbach's alpha needs
     */
    GroupAccumulator(ScoringPlan plan, boolean detailed) {
        this.plan = plan;
        int sectionCount = plan.questionnaire().sections().size();
        sections = new RunningStats[sectionCount];
        reliability = new Reliability[sectionCount];
        for (int s = 0; s < sectionCount; s++) {
            sections[s] = new RunningStats();
            if (detailed && plan.questionnaire().sections().get(s).kind() == SectionKind.PRINCIPLE) {
                reliability[s] = new Reliability(plan.sectionItems(s));
            }
        }
        dimensions = new RunningStats[plan.questionnaire().dimensions().size()];
        for (int d = 0; d < dimensions.length; d++) {
            dimensions[d] = new RunningStats();
        }
        answerKinds = detailed ? new long[plan.questions() * KINDS] : null;
        itemSums = new double[plan.questions()];
        itemCounts = new long[plan.questions()];
    }

    /** Adds one respondent's section and dimension scores (NaN for one not scored). */
    void add(double[] sectionScores, double[] dimensionScores) {
        respondents++;
        for (int s = 0; s < sections.length; s++) {
            if (!Double.isNaN(sectionScores[s])) {
                sections[s].add(sectionScores[s]);
            }
        }
        for (int d = 0; d < dimensions.length; d++) {
            if (!Double.isNaN(dimensionScores[d])) {
                dimensions[d].add(dimensionScores[d]);
            }
        }
    }

    /** Adds one respondent's answers to each question's mean, from which a service's action plan is ranked. */
    void addItems(byte[] kinds, double[] itemScores) {
        for (int q = 0; q < kinds.length; q++) {
            if (kinds[q] == ScoringPlan.SCORED) {
                itemSums[q] += itemScores[q];
                itemCounts[q]++;
            }
        }
    }

    /** Adds one respondent's answers to what a detailed group keeps: the answers to each question, and alpha. */
    void addAnswers(byte[] kinds, double[] itemScores) {
        for (int s = 0; s < reliability.length; s++) {
            if (reliability[s] != null && allScored(plan.sectionItems(s), kinds)) {
                reliability[s].add(itemScores);
            }
        }
        for (int q = 0; q < kinds.length; q++) {
            answerKinds[q * KINDS + kinds[q]]++;
        }
    }

    /**
     * Sets this group's respondents, scores and question means to those of the groups together (every respondent is
     * in exactly one service, so everyone's are the services' put together, and need not be added row by row).
     */
    void setScoresToThoseOf(Collection<GroupAccumulator> groups) {
        respondents = 0;
        Arrays.fill(itemSums, 0);
        Arrays.fill(itemCounts, 0);
        for (int s = 0; s < sections.length; s++) {
            sections[s] = new RunningStats();
        }
        for (int d = 0; d < dimensions.length; d++) {
            dimensions[d] = new RunningStats();
        }
        for (GroupAccumulator group : groups) {
            respondents += group.respondents;
            for (int s = 0; s < sections.length; s++) {
                sections[s].add(group.sections[s]);
            }
            for (int d = 0; d < dimensions.length; d++) {
                dimensions[d].add(group.dimensions[d]);
            }
            for (int q = 0; q < itemSums.length; q++) {
                itemSums[q] += group.itemSums[q];
                itemCounts[q] += group.itemCounts[q];
            }
        }
    }

    private static boolean allScored(int[] items, byte[] kinds) {
        for (int i : items) {
            if (kinds[i] != ScoringPlan.SCORED) {
                return false;
            }
        }
        return true;
    }

    public long respondents() {
        return respondents;
    }

    public RunningStats section(int s) {
        return sections[s];
    }

    /** The mean score of question {@code q} among those who gave it a scored answer; empty when nobody did. */
    public OptionalDouble itemMean(int q) {
        return itemCounts[q] == 0 ? OptionalDouble.empty() : OptionalDouble.of(itemSums[q] / itemCounts[q]);
    }

    public RunningStats dimension(int d) {
        return dimensions[d];
    }

    /** Reliability of a principle's questions; null for a context section, or a group that does not keep it. */
    public Reliability reliability(int s) {
        return reliability[s];
    }

    /**
     * How many respondents gave question {@code q} an answer of the kind (see {@link ScoringPlan#SCORED} etc.); kept
     * only for everyone.
     */
    public long answers(int q, byte kind) {
        return answerKinds[q * KINDS + kind];
    }
}
