package org.coprod.results;

import java.util.List;
import org.coprod.core.batch.BatchScoring;
import org.coprod.io.Problem;

/**
 * Everything scoring survey exports found, handed to the reports: the figures of every service and role, the files
 * read, and the answers that could not be read (the first of them, and how many in all).
 */
public record SurveyResult(BatchScoring batch, List<FileSummary> files, List<Problem> problems, long problemCount) {
    public SurveyResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
