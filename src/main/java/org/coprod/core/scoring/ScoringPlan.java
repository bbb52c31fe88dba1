package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Dimension;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.util.RecentCache;

/**
 * A questionnaire's scoring rules compiled into arrays, so that a million respondents score as quickly as one.
 * Both single assessments ({@link Scoring}) and batches use it: there is one implementation of how answers combine.
 *
 * <p>A respondent is two arrays indexed by question: the answer's kind and, for scored answers, the 0-100 item score.
 */
public final class ScoringPlan {
    public static final byte MISSING = 0;
    public static final byte SCORED = 1;
    public static final byte NOT_APPLICABLE = 2;
    public static final byte DONT_KNOW = 3;
    /**
     * An answer a survey file held that is none of the question's (a problem is listed for it): not answered for
     * scoring, as {@link #MISSING} is, but counted apart from blanks so that a report can say how many could not be read.
     */
    public static final byte UNREADABLE = 4;

    /** The plans of the questionnaires used most recently; a batch or a report asks for its plan many times. */
    static final RecentCache<Questionnaire, ScoringPlan> PLANS = new RecentCache<>(16);

    private final Questionnaire questionnaire;
    private final double[] min;
    private final double[] range;
    private final double[] weight;
    private final boolean[] reverse;
    private final int[][] sectionItems;
    private final int[][] dimensionItems;
    private final boolean[] dimensionTakesHighest;
    private final double minimumAnsweredFraction;
    private final Map<String, Integer> index = new HashMap<>();

    private ScoringPlan(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.minimumAnsweredFraction = questionnaire.scoring().minimumAnsweredFraction();
        List<Question> questions = questionnaire.questions();
        int n = questions.size();
        min = new double[n];
        range = new double[n];
        weight = new double[n];
        reverse = new boolean[n];
        for (int i = 0; i < n; i++) {
            Question q = questions.get(i);
            AnswerSet set = questionnaire.answerSetOf(q);
            min[i] = set.min();
            range[i] = set.max() - set.min();
            weight[i] = q.weight();
            reverse[i] = q.reverseKeyed();
            index.put(q.id(), i);
        }
        sectionItems = new int[questionnaire.sections().size()][];
        for (int s = 0; s < sectionItems.length; s++) {
            String id = questionnaire.sections().get(s).id();
            sectionItems[s] = indicesWhere(questions, q -> q.sectionId().equals(id));
        }
        dimensionItems = new int[questionnaire.dimensions().size()][];
        dimensionTakesHighest = new boolean[dimensionItems.length];
        for (int d = 0; d < dimensionItems.length; d++) {
            Dimension dimension = questionnaire.dimensions().get(d);
            dimensionItems[d] = indicesWhere(questions, q -> q.dimensions().contains(dimension.id()));
            dimensionTakesHighest[d] = dimension.combine() == Dimension.Combine.HIGHEST;
        }
    }

    public static ScoringPlan of(Questionnaire questionnaire) {
        return PLANS.get(questionnaire, ScoringPlan::new);
    }

    private static int[] indicesWhere(List<Question> questions, java.util.function.Predicate<Question> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (test.test(questions.get(i))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public int questions() {
        return min.length;
    }

    public int indexOf(String questionId) {
        Integer i = index.get(questionId);
        return i == null ? -1 : i;
    }

    public int[] sectionItems(int section) {
        return sectionItems[section];
    }

    public int[] dimensionItems(int dimension) {
        return dimensionItems[dimension];
    }

    public static byte kindOf(ResponseKind kind) {
        return switch (kind) {
            case SCORED -> SCORED;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case DONT_KNOW -> DONT_KNOW;
        };
    }

    /** The 0-100 score of an answer's value on question {@code i}, reversed when the question is reverse-keyed. */
    public double itemScore(int i, double value) {
        double keyed = reverse[i] ? 2 * min[i] + range[i] - value : value;
        return (keyed - min[i]) / range[i] * 100.0;
    }

    /**
     * The weighted mean of the scored items among {@code items}, or NaN when fewer than the minimum fraction of the
     * applicable ones (all but "not applicable") were answered.
     */
    public double combine(int[] items, byte[] kinds, double[] itemScores) {
        return combine(items, kinds, itemScores, false);
    }

    /** A dimension's score: the weighted mean of its items, or for a dimension of alternatives, the highest of them. */
    public double combineDimension(int dimension, byte[] kinds, double[] itemScores) {
        return combine(dimensionItems[dimension], kinds, itemScores, dimensionTakesHighest[dimension]);
    }

    private double combine(int[] items, byte[] kinds, double[] itemScores, boolean highest) {
        int answered = 0;
        double top = Double.NEGATIVE_INFINITY;
        int applicable = 0;
        double sum = 0;
        double weights = 0;
        for (int i : items) {
            byte kind = kinds[i];
            if (kind != NOT_APPLICABLE) {
                applicable++;
            }
            if (kind == SCORED) {
                answered++;
                sum += itemScores[i] * weight[i];
                weights += weight[i];
                if (highest) {
                    top = Math.max(top, itemScores[i]);
                }
            }
        }
        boolean enough = answered > 0 && (double) answered / applicable >= minimumAnsweredFraction;
        return !enough ? Double.NaN : highest ? top : sum / weights;
    }

    public Counts counts(int[] items, byte[] kinds) {
        int answered = 0;
        int notApplicable = 0;
        int dontKnow = 0;
        for (int i : items) {
            switch (kinds[i]) {
                case SCORED -> answered++;
                case NOT_APPLICABLE -> notApplicable++;
                case DONT_KNOW -> dontKnow++;
                default -> {}
            }
        }
        return new Counts(
                items.length, answered, notApplicable, dontKnow, items.length - answered - notApplicable - dontKnow);
    }

    /** Every section's score into {@code sections} and every dimension's into {@code dimensions} (NaN when unknown). */
    public void scoreRespondent(byte[] kinds, double[] itemScores, double[] sections, double[] dimensions) {
        for (int s = 0; s < sectionItems.length; s++) {
            sections[s] = combine(sectionItems[s], kinds, itemScores);
        }
        for (int d = 0; d < dimensionItems.length; d++) {
            dimensions[d] = combineDimension(d, kinds, itemScores);
        }
    }
}
