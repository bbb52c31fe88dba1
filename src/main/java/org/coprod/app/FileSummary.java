package org.coprod.app;

import java.util.List;

/** What was read from one survey export or answers file, for the report's account of the files. */
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
        String roleColumn) {
    /** The tool of an answers file written by coprod assess. */
    public static final String ANSWERS_FILE = "coprod answers file";

    public FileSummary {
        unmappedColumns = List.copyOf(unmappedColumns);
        questionsWithoutColumn = List.copyOf(questionsWithoutColumn);
    }
}
