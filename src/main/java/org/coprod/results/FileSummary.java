package org.coprod.results;

import java.util.List;

/**
 * What was read from one survey export or answers file, for the report's account of the files; {@code tool} is the
 * name people know the file's maker by, and {@code answersFile} says it was written by coprod assess.
 */
public record FileSummary(
        String file,
        String tool,
        String encoding,
        String delimiter,
        long rowsRead,
        long rowsUsed,
        long rowsWithProblems,
        int mappedColumns,
        List<String> unmappedColumns,
        List<String> questionsWithoutColumn,
        String serviceColumn,
        String roleColumn,
        boolean answersFile) {

    public FileSummary {
        unmappedColumns = List.copyOf(unmappedColumns);
        questionsWithoutColumn = List.copyOf(questionsWithoutColumn);
    }
}
