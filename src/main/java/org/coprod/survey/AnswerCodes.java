package org.coprod.survey;

import java.util.List;
import org.coprod.core.model.AnswerOption;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Response;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.scoring.ScoringPlan;

/**
 * An answer as one byte: 0 for no answer, 1 to n for the answer set's options in order, and two codes for "not
 * applicable" and "don't know". Reading a file only finds each cell's code; turning codes into item scores (with
 * reverse keying) is a table lookup done on the scoring thread.
 */
final class AnswerCodes {
    static final byte NONE = 0;
    static final byte UNREADABLE = 125;
    static final byte NOT_APPLICABLE = 126;
    static final byte DONT_KNOW = 127;
    private static final int CODES = 128;

    /** Per question, the kind and item score of each code: question q's start at 128 x q. */
    private final byte[] kinds;

    private final double[] scores;

    AnswerCodes(ScoringPlan plan) {
        List<Question> questions = plan.questionnaire().questions();
        kinds = new byte[questions.size() * CODES];
        scores = new double[questions.size() * CODES];
        java.util.Arrays.fill(scores, Double.NaN);
        for (int q = 0; q < questions.size(); q++) {
            kinds[q * CODES + NOT_APPLICABLE] = ScoringPlan.NOT_APPLICABLE;
            kinds[q * CODES + DONT_KNOW] = ScoringPlan.DONT_KNOW;
            kinds[q * CODES + UNREADABLE] = ScoringPlan.UNREADABLE;
            List<AnswerOption> options =
                    plan.questionnaire().answerSetOf(questions.get(q)).options();
            for (int k = 0; k < options.size(); k++) {
                kinds[q * CODES + k + 1] = ScoringPlan.SCORED;
                scores[q * CODES + k + 1] = plan.itemScore(q, options.get(k).value());
            }
        }
    }

    static Byte codeOf(AnswerSet set, Response response) {
        if (response.kind() == ResponseKind.NOT_APPLICABLE) {
            return NOT_APPLICABLE;
        }
        if (response.kind() == ResponseKind.DONT_KNOW) {
            return DONT_KNOW;
        }
        return (byte) (set.options().indexOf(response.option()) + 1);
    }

    void decode(byte[] codes, byte[] kindsOut, double[] scoresOut) {
        for (int q = 0; q < codes.length; q++) {
            int at = q * CODES + codes[q];
            kindsOut[q] = kinds[at];
            scoresOut[q] = scores[at];
        }
    }
}
