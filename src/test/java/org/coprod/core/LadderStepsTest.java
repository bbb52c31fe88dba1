package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.coprod.core.model.AnswerOption;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.scoring.Scoring;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * The domain notes' warning about jumps: a verdict should move one rung at a time as answers improve, so no single
 * answer moved one step may take informing or consultation straight to emerging co-production or co-production.
 * Checked on seeded random answers to the built-in questionnaire, every answer moved up one step in turn.
 */
class LadderStepsTest {
    private static final Set<String> LOW = Set.of("informing", "consultation");
    private static final Set<String> HIGH = Set.of("emerging-co-production", "co-production");

    @Test
    void no_single_step_jumps_from_consultation_or_informing_to_co_production() {
        Questionnaire q = Catalogue.builtIn("six-principles").orElseThrow();
        Random random = new Random(12);
        int lowCases = 0;
        for (int round = 0; round < 3000; round++) {
            Map<String, Response> answers = randomAnswers(q, random, random.nextDouble());
            String verdict = Scoring.score(q, answers).verdict().outcome().id();
            if (!LOW.contains(verdict)) {
                continue;
            }
            lowCases++;
            for (Question question : q.questions()) {
                List<AnswerOption> options = q.answerSetOf(question).options();
                int at = options.indexOf(answers.get(question.id()).option());
                if (at + 1 < options.size()) {
                    Map<String, Response> moved = new LinkedHashMap<>(answers);
                    moved.put(question.id(), Response.scored(options.get(at + 1)));
                    assertThat(Scoring.score(q, moved).verdict().outcome().id())
                            .as(question.id() + " from " + verdict)
                            .isNotIn(HIGH);
                }
            }
        }
        assertThat(lowCases).as("cases that start low").isGreaterThan(300);
    }

    /** Every question answered on its scale, each option drawn around a level between 0 (lowest) and 1 (highest). */
    private static Map<String, Response> randomAnswers(Questionnaire q, Random random, double level) {
        Map<String, Response> answers = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            List<AnswerOption> options = q.answerSetOf(question).options();
            double drawn = Math.max(0, Math.min(1, level + random.nextGaussian() * 0.25));
            answers.put(question.id(), Response.scored(options.get((int) Math.round(drawn * (options.size() - 1)))));
        }
        return answers;
    }
}
