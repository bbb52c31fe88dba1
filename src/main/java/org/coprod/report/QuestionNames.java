package org.coprod.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;

/**
 * How a report names a question to its reader, who never saw its id: by its number, as the interview showed it
 * ("Question 5 of 36"), and its text, shortened. An opening that many questions share, such as "In the last year,",
 * tells them apart no better than nothing, so the short text leaves it out.
 */
final class QuestionNames {
    /** The longest short text, in characters, before it is cut at a word and ends with an ellipsis. */
    static final int SHORT_TEXT = 72;
    /** An opening clause shared by this many questions or more is left out of the short texts. */
    private static final int SHARED_BY = 3;
    /** Only a clause this short at the start of a question counts as an opening. */
    private static final int OPENING_LIMIT = 30;

    private final Questionnaire questionnaire;
    private final Words words;
    private final Map<String, Integer> openings = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    QuestionNames(Questionnaire questionnaire, Words words) {
        this.questionnaire = questionnaire;
        this.words = words;
        for (Question q : questionnaire.questions()) {
            numbers.put(q.id(), numbers.size() + 1);
            opening(q.text()).ifPresent(o -> openings.merge(o, 1, Integer::sum));
        }
    }

    /** "question 5, “How often has a skill or piece of knowledge…”", or the id itself for a question not asked. */
    String name(String id) {
        int index = number(id);
        return index > 0
                ? words.get(
                        "report.question.name",
                        index,
                        shortText(questionnaire.questions().get(index - 1).text()))
                : id;
    }

    /** Several questions named, in the order they are asked. */
    String names(List<String> ids) {
        return String.join(
                words.get("report.question.names-join"),
                ids.stream()
                        .sorted(Comparator.comparingInt(this::number))
                        .map(this::name)
                        .toList());
    }

    /** The question's number as the interview shows it, from 1; 0 for an id the questionnaire does not ask. */
    private int number(String id) {
        return numbers.getOrDefault(id, 0);
    }

    /** The text without an opening most questions share, cut at a word when it is long. */
    String shortText(String text) {
        String shortened = text.strip();
        Optional<String> opening = opening(shortened);
        if (opening.isPresent() && openings.getOrDefault(opening.get(), 0) >= SHARED_BY) {
            String rest = shortened.substring(opening.get().length()).strip();
            shortened = rest.substring(0, 1).toUpperCase(words.locale()) + rest.substring(1);
        }
        if (shortened.length() <= SHORT_TEXT) {
            return shortened;
        }
        int cut = shortened.lastIndexOf(' ', SHORT_TEXT - 1);
        String kept = shortened.substring(0, cut > 0 ? cut : SHORT_TEXT - 1);
        return kept.replaceAll("[\\s\\p{Punct}]+$", "") + "…";
    }

    /** The first clause, up to and with its comma, when it is short enough to be an opening. */
    private static Optional<String> opening(String text) {
        int comma = text.indexOf(',');
        return comma > 0 && comma < OPENING_LIMIT && comma + 1 < text.length()
                ? Optional.of(text.substring(0, comma + 1))
                : Optional.empty();
    }
}
