package org.coprod.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The same answers in another language's version of a questionnaire: a translation has the same ids, options, values
 * and rules, only other words, so an answer is the choice at the same place in the same question's answer set. This
 * is what makes an answers file given in Welsh report in English, and two rounds in two languages comparable.
 */
public final class Translation {
    private Translation() {}

    /**
     * Whether {@code to} is {@code from} in other words, as far as figures go: the same questionnaire, with the same
     * sections, dimensions, questions and verdicts, by id and in the same order. Figures worked out with one can then
     * be named with the other's words.
     */
    public static boolean sameShape(Questionnaire from, Questionnaire to) {
        return from == to
                || from.id().equals(to.id())
                        && ids(from.sections(), Section::id).equals(ids(to.sections(), Section::id))
                        && ids(from.dimensions(), Dimension::id).equals(ids(to.dimensions(), Dimension::id))
                        && ids(from.questions(), Question::id).equals(ids(to.questions(), Question::id))
                        && ids(from.verdict().outcomes(), VerdictOutcome::id)
                                .equals(ids(to.verdict().outcomes(), VerdictOutcome::id));
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    /**
     * The response of {@code from} as {@code to} words it: the choice at the same place, of the same kind and (for a
     * scored one) the same value; empty when the two sets do not line up.
     */
    public static Optional<Response> response(Response response, AnswerSet from, AnswerSet to) {
        List<Response> given = from.choices();
        List<Response> translated = to.choices();
        int place = given.indexOf(response);
        if (place < 0 || given.size() != translated.size()) {
            return Optional.empty();
        }
        Response same = translated.get(place);
        boolean lineUp = same.kind() == response.kind()
                && (!response.isScored()
                        || same.option().value() == response.option().value());
        return lineUp ? Optional.of(same) : Optional.empty();
    }

    /**
     * The assessment with every answer in the words of {@code to}; empty when {@code to} is not a translation of
     * {@code from} (a question or option that does not line up), so the caller keeps the original.
     */
    public static Optional<Assessment> assessment(Assessment assessment, Questionnaire from, Questionnaire to) {
        if (from == to) {
            return Optional.of(assessment);
        }
        if (!from.id().equals(to.id())) {
            return Optional.empty();
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Answer answer : assessment.answers().values()) {
            Optional<Question> asked = from.question(answer.questionId());
            Optional<Question> translated = to.question(answer.questionId());
            if (asked.isEmpty() || translated.isEmpty()) {
                return Optional.empty();
            }
            Optional<Response> response = Optional.empty();
            if (answer.response().isPresent()) {
                response = response(
                        answer.response().get(), from.answerSetOf(asked.get()), to.answerSetOf(translated.get()));
                if (response.isEmpty()) {
                    return Optional.empty();
                }
            }
            answers.put(answer.questionId(), new Answer(answer.questionId(), response, answer.note()));
        }
        return Optional.of(new Assessment(
                assessment.questionnaireId(),
                assessment.questionnaireVersion(),
                assessment.service(),
                assessment.respondent(),
                assessment.date(),
                answers,
                assessment.reflections()));
    }
}
