package org.coprod.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.coprod.core.model.Activity;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;

/**
 * One activity (such as co-design) checked against the answers: present when any of its questions scores at least its
 * threshold, absent when none does, unknown when none of them was answered. The evidence is the questions that show it.
 */
public record ActivityCheck(Activity activity, Truth present, List<Question> evidence) {
    public ActivityCheck {
        evidence = List.copyOf(evidence);
    }

    /** @param itemScore a question's score (or a group's mean for it) by id; empty when it was not answered */
    public static List<ActivityCheck> of(Questionnaire questionnaire, Function<String, OptionalDouble> itemScore) {
        List<ActivityCheck> checks = new ArrayList<>();
        for (Activity activity : questionnaire.activities()) {
            List<Question> evidence = new ArrayList<>();
            boolean anyAnswered = false;
            for (String id : activity.questions()) {
                OptionalDouble score = itemScore.apply(id);
                anyAnswered |= score.isPresent();
                if (score.isPresent() && score.getAsDouble() >= activity.presentFrom() - 1e-9) {
                    evidence.add(questionnaire.question(id).orElseThrow());
                }
            }
            Truth present = !evidence.isEmpty() ? Truth.HOLDS : anyAnswered ? Truth.FAILS : Truth.UNKNOWN;
            checks.add(new ActivityCheck(activity, present, evidence));
        }
        return checks;
    }
}
