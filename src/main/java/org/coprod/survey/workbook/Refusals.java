package org.coprod.survey.workbook;

import java.nio.file.Path;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;

/** The one-line messages for a workbook coprod cannot read, each naming the file (exit code 3, as any bad input). */
final class Refusals {
    private final Path file;
    private final Words words;

    Refusals(Path file, Words words) {
        this.file = file;
        this.words = words;
    }

    /** @param key a key of workbook.properties */
    InvalidInputException refuse(String key, Object... args) {
        return new InvalidInputException(Problem.inFile(file.toString(), words.get(key, args)));
    }

    InvalidInputException damaged(Exception cause) {
        String detail = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : Problem.shown(cause.getMessage(), words);
        return refuse("workbook.damaged", detail);
    }

    Words words() {
        return words;
    }
}
