package org.coprod.app;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;

/** Reads an answers file against the questionnaire it names, or the one the user gave with --questionnaire. */
public final class AnswersFiles {
    private AnswersFiles() {}

    public static AnswersReader.Result read(Path answers, String questionnaireOption, Words words) {
        if (questionnaireOption == null) {
            return AnswersReader.read(answers, Catalogue::builtIn, words);
        }
        Questionnaire given = Catalogue.resolve(questionnaireOption, words);
        return AnswersReader.read(
                answers,
                id -> id.equals(given.id()) ? Optional.of(given) : Optional.empty(),
                words.get("cli.answers.given-questionnaire", given.id()),
                (questionnaire, language) -> inLanguage(questionnaire, questionnaireOption, language, words),
                words);
    }

    /**
     * A questionnaire an answers file was read against, in a language: a built-in one's translation, or the
     * translation beside the file given with --questionnaire; the questionnaire itself where there is none.
     */
    public static Questionnaire inLanguage(
            Questionnaire questionnaire, String questionnaireOption, String language, Words words) {
        if (questionnaireOption == null) {
            return Catalogue.inLanguage(questionnaire, language);
        }
        Questionnaire translated = Catalogue.resolve(questionnaireOption, language, words);
        return translated.language().equals(questionnaire.language()) ? questionnaire : translated;
    }
}
