package org.coprod.io;

import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Response;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;
import org.coprod.text.Suggestions;

/** What to say of a value that is not one of a question's answers: the same words for an answers file and an export. */
public final class AnswerMessages {
    private AnswerMessages() {}

    /**
     * "'Offen' is not an answer to question 'x'. Did you mean 'Often'? Allowed: Never, ... or Don't know.", or for a
     * number, "the number 7 is out of range for question 'x'. Allowed: 1 to 5, or Never, ... or Don't know.": worded
     * like a misspelt field ("'nme' is not a field of 'respondent'. Did you mean 'name'? Allowed: role, name.").
     */
    public static String notAnAnswer(AnswerSet set, String questionId, String value, Words words) {
        String given = value.strip();
        String expected = set.describeChoices();
        try {
            Double.parseDouble(given);
            return words.get(
                    "io.answer.number-out-of-range",
                    Problem.shown(given, words),
                    questionId,
                    Figures.format(set.min()),
                    Figures.format(set.max()),
                    expected);
        } catch (NumberFormatException e) {
            return words.get(
                    "io.answer.not-an-answer",
                    Problem.quote(given, words),
                    questionId,
                    Suggestions.didYouMean(
                            words,
                            given,
                            set.choices().stream().map(Response::label).toList()),
                    expected);
        }
    }
}
