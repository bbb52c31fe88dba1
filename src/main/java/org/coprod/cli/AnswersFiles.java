package org.coprod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;

/** Reads an answers file against the questionnaire it names, or the one the user gave with --questionnaire. */
final class AnswersFiles {
    private AnswersFiles() {}

    static AnswersReader.Result read(Path answers, String questionnaireOption) {
        if (questionnaireOption == null) {
            return AnswersReader.read(answers, Catalogue::builtIn, Words.english());
        }
        Questionnaire given = Catalogue.resolve(questionnaireOption, Words.english());
        return AnswersReader.read(answers, id -> id.equals(given.id()) ? Optional.of(given) : Optional.empty(),
                "the one given with --questionnaire ('" + given.id() + "')", Words.english());
    }
}
