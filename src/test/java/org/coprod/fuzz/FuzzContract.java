package org.coprod.fuzz;

import java.util.List;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;

/**
 * What the fuzz targets hold every input to: it is read, or refused with problems that are clear: each names the file
 * and says something, on one line of readable length (words in it may come from the input, so they are not checked).
 * Anything else (an uncaught exception, an unclear message) is thrown as an AssertionError, which the fuzzer reports
 * as a finding.
 */
final class FuzzContract {
    private FuzzContract() {}

    static void assertClear(InvalidInputException refused, String file) {
        List<Problem> problems = refused.problems();
        if (problems.isEmpty()) {
            throw new AssertionError("refused without saying why", refused);
        }
        for (Problem problem : problems) {
            String message = problem.message();
            boolean clear = problem.file().equals(file) && !message.isBlank() && message.length() < 2_000
                    && !message.contains("\n");
            if (!clear) {
                throw new AssertionError("an unclear message: " + problem, refused);
            }
        }
    }
}
