package org.coprod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.core.model.Questionnaire;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;

/** Reads an answers file against the questionnaire it names, or the one the user gave with --questionnaire. */
final class AnswersFiles {
    private AnswersFiles() {}

    /** Whether a file is YAML (a questionnaire or answers file) by its name; anything else is taken for a survey export. */
    static boolean isYaml(Path file) {
        return nameEndsWith(file, ".yaml", ".yml");
    }

    /** Whether a file's name says it is a survey export or spreadsheet rather than YAML. */
    static boolean isSurveyExport(Path file) {
        return nameEndsWith(file, ".csv", ".tsv", ".txt", ".xlsx", ".xls");
    }

    private static boolean nameEndsWith(Path file, String... endings) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(endings).anyMatch(name::endsWith);
    }

    static AnswersReader.Result read(Path answers, String questionnaireOption) {
        if (questionnaireOption == null) {
            return AnswersReader.read(answers, Catalogue::builtIn);
        }
        Questionnaire given = Catalogue.resolve(questionnaireOption);
        return AnswersReader.read(answers, id -> id.equals(given.id()) ? Optional.of(given) : Optional.empty(),
                "the one given with --questionnaire ('" + given.id() + "')");
    }
}
