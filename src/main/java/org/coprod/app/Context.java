package org.coprod.app;

import java.util.List;
import java.util.Optional;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;

/**
 * What every use case runs with.
 *
 * @param commandName how the user runs coprod ("coprod", or "./coprod" from a clone), for the commands a message suggests
 * @param language the language the user asked for with --language, if any: the first, when several were
 * @param languages every language asked for ({@code --language cy,en}), in order, each report written in all of them
 */
public record Context(String commandName, Optional<Words> language, List<Words> languages) {
    public Context {
        languages = List.copyOf(languages);
    }

    /** A context with one language at most. */
    public Context(String commandName, Optional<Words> language) {
        this(commandName, language, language.map(List::of).orElse(List.of()));
    }

    /** The words of coprod's own messages: the language asked for, or English. */
    public Words messages() {
        return language.orElse(Words.english());
    }

    /**
     * The languages of a report about a questionnaire: those asked for, or the questionnaire's own (its tag, such as
     * "cy"), whose words are those of {@link Words#forTag}.
     */
    public List<String> reportLanguages(Questionnaire questionnaire) {
        return languages.isEmpty()
                ? List.of(questionnaire.language())
                : languages.stream().map(Words::tag).toList();
    }

    /** The words of what is about a questionnaire (its reports, its interview): the language asked for, or its own. */
    public Words wordsOf(Questionnaire questionnaire) {
        return language.orElseGet(() -> Words.forTag(questionnaire.language()));
    }
}
