package org.coprod.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** What a file's name says it holds: the one place that decides it from the name's ending. */
public final class FileNames {
    private FileNames() {}

    /** A questionnaire or answers file. */
    public static boolean isYaml(Path file) {
        return endsWith(file, ".yaml", ".yml");
    }

    /** A survey export or spreadsheet, which is never YAML. */
    public static boolean isSurveyExport(Path file) {
        return endsWith(file, ".csv", ".tsv", ".txt", ".xlsx", ".xls");
    }

    /** Results or a report written by coprod as JSON. */
    public static boolean isJson(Path file) {
        return endsWith(file, ".json");
    }

    private static boolean endsWith(Path file, String... endings) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(endings).anyMatch(lower::endsWith);
    }
}
