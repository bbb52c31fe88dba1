package org.coprod.fuzz;

import java.util.List;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.report.Document;
import org.coprod.report.HtmlRenderer;
import org.coprod.report.Json;
import org.coprod.report.MarkdownRenderer;
import org.coprod.report.Report;
import org.coprod.report.Style;
import org.coprod.report.TextRenderer;

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
            boolean clear = problem.file().equals(file)
                    && !message.isBlank()
                    && message.length() < 2_000
                    && !message.contains("\n");
            if (!clear) {
                throw new AssertionError("an unclear message: " + problem, refused);
            }
        }
    }

    /** Writes the report in every format, as a user could ask for it: none may fail on what was read. */
    static void renderEveryFormat(Report report) {
        Document document = report.document();
        new TextRenderer(Style.plain(80)).render(document);
        new MarkdownRenderer().render(document);
        new HtmlRenderer().render(document);
        Json.write(report.toJson());
        report.toCsv();
    }
}
