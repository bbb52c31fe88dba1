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

    /**
     * A workbook that is damaged or cut short. What the zip or XML reader said (a parser's words, a part's name such as
     * xl/worksheets/sheet1.xml) is left out: it means nothing to the person who downloaded the file.
     */
    InvalidInputException damaged() {
        return refuse("workbook.damaged");
    }

    Words words() {
        return words;
    }
}
