package org.coprod.app;

import java.util.Optional;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;

/**
 * What every use case runs with.
 *
 * @param commandName how the user runs coprod ("coprod", or "./coprod" from a clone), for the commands a message suggests
 * @param language the language the user asked for with --language, if any
 */
public record Context(String commandName, Optional<Words> language) {
    /** The words of coprod's own messages: the language asked for, or English. */
    public Words messages() {
        return language.orElse(Words.english());
    }

    /** The words of what is about a questionnaire (its reports, its interview): the language asked for, or its own. */
    public Words wordsOf(Questionnaire questionnaire) {
        return language.orElseGet(() -> Words.forTag(questionnaire.language()));
    }
}
