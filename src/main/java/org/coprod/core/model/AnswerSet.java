package org.coprod.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coprod.core.words.Accents;
import org.coprod.core.words.Words;

/**
 * A named, reusable, ordered list of answer options, shared by many questions.
 * Options are declared from the lowest value to the highest; the declared range (not the answers given)
 * is what reverse keying and the 0-100 conversion use.
 */
public record AnswerSet(
        String id,
        List<AnswerOption> options,
        Optional<UnscoredOption> notApplicable,
        Optional<UnscoredOption> dontKnow) {

    /**
     * The most options an answer set may have. Survey scoring keeps each answer as one byte, with two codes above the
     * options for "not applicable" and "don't know"; 126 or more options collided with them and scored differently.
     */
    public static final int MOST_OPTIONS = 100;

    public AnswerSet {
        options = List.copyOf(options);
        if (options.size() < 2 || options.size() > MOST_OPTIONS) {
            throw new IllegalArgumentException("an answer set needs from 2 to " + MOST_OPTIONS + " options");
        }
    }

    public double min() {
        return options.get(0).value();
    }

    public double max() {
        return options.get(options.size() - 1).value();
    }

    /** Every response this set offers, in the order people see them: scored options, then the unscored ones. */
    public List<Response> choices() {
        List<Response> choices = new ArrayList<>();
        options.forEach(option -> choices.add(Response.scored(option)));
        notApplicable.ifPresent(o -> choices.add(Response.unscored(ResponseKind.NOT_APPLICABLE, o)));
        dontKnow.ifPresent(o -> choices.add(Response.unscored(ResponseKind.DONT_KNOW, o)));
        return choices;
    }

    /**
     * Finds the response written as {@code raw}: a label, an alias or a numeric value,
     * regardless of case, surrounding space and non-breaking spaces.
     */
    public Optional<Response> match(String raw) {
        return matcher().match(raw);
    }

    /** The lookup behind {@link #match}; hold on to it when matching many answers. */
    public AnswerMatcher matcher() {
        return AnswerMatcher.of(this);
    }

    /** The labels people may give, for messages: "Never, Rarely, Sometimes, Often, Always or Not applicable". */
    public String describeChoices() {
        return Words.english().or(choices().stream().map(Response::label).toList());
    }

    /** Case, accents (ŵ is w), surrounding and repeated spaces, non-breaking spaces, curly apostrophes and underscores (as in KoboToolbox's
     * "strongly_agree") do not matter when answers are matched. */
    public static String normalise(String text) {
        return Accents.fold(text)
                .replace('\u00A0', ' ')
                .replace('\u2019', '\'')
                .replace('_', ' ')
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
