package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.batch.Reliability;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;

/**
 * How consistently a survey's principles were answered, judged once for every format: each principle's Cronbach's
 * alpha with what it means, and how well each of its questions goes with the others.
 */
final class AnswerConsistency {
    /** Below this an item-total correlation is weak. */
    static final double WEAK_CORRELATION = 0.3;

    /**
     * A principle's alpha (NaN when there are too few complete answers or they did not vary), how many answered all its
     * questions, the judgement (a report.reliability key: too-few, no-variation, poor, acceptable, good) and its
     * questions, listed only when there were enough complete answers.
     */
    record Principle(Section section, double alpha, long completeAnswers, String judgement, List<Item> items) {}

    /** A question's corrected item-total correlation (NaN when it cannot be worked out). */
    record Item(String questionId, double correlation, boolean neverVaries) {
        boolean weak() {
            return !neverVaries && !Double.isNaN(correlation) && correlation < WEAK_CORRELATION;
        }
    }

    private AnswerConsistency() {}

    /** @param questionnaire the one scored, or a translation of it, whose words name the principles */
    static List<Principle> of(BatchScoring batch, Questionnaire questionnaire, int minimumForReliability) {
        List<Principle> principles = new ArrayList<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Reliability r = batch.everyone().reliability(s);
            if (r == null) {
                continue;
            }
            boolean enough = r.respondents() >= minimumForReliability;
            double alpha = enough ? r.alpha() : Double.NaN;
            List<Item> items = new ArrayList<>();
            if (enough) {
                int[] itemIndex = batch.plan().sectionItems(s);
                for (int i = 0; i < itemIndex.length; i++) {
                    items.add(new Item(
                            questionnaire.questions().get(itemIndex[i]).id(),
                            r.correctedItemTotal(i),
                            r.neverVaries(i)));
                }
            }
            principles.add(new Principle(
                    questionnaire.sections().get(s), alpha, r.respondents(), judgement(enough, alpha), items));
        }
        return principles;
    }

    private static String judgement(boolean enough, double alpha) {
        if (!enough) {
            return "too-few";
        } else if (Double.isNaN(alpha)) {
            return "no-variation";
        } else if (alpha < 0.6) {
            return "poor";
        } else if (alpha < 0.7) {
            return "acceptable";
        }
        return "good";
    }
}
