package org.coprod.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes CSV cells that are safe to open in a spreadsheet: quoted where needed, and a cell that would start a
 * formula (=, +, -, @, tab or carriage return) is prefixed with an apostrophe so it is shown as text.
 */
public final class Csv {
    private Csv() {}

    public static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * A figure to two decimal places (as Java's "%.2f" writes it, but never "-0.00"), or an empty cell when there is
     * none. String.format would take a quarter of a second over the thousands of cells of a large survey's results.
     */
    public static String number(double value) {
        return Double.isNaN(value)
                ? ""
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String number(java.util.OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    /** The headings first_step_1 to first_step_{@code count}. */
    static List<String> firstStepColumns(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> "first_step_" + i)
                .toList();
    }

    /** The cells under those headings: each step's action, blank where there are fewer steps. */
    static List<String> firstSteps(List<org.coprod.core.scoring.PlannedAction> steps, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> i < steps.size() ? steps.get(i).action().text() : "")
                .toList();
    }

    /**
     * The records of CSV as {@link #row} writes it, each without its line end: a line end inside a quoted cell is
     * part of the cell.
     */
    public static List<String> records(String csv) {
        List<String> records = new java.util.ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\r' && csv.startsWith("\r\n", i)) {
                records.add(csv.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        if (start < csv.length()) {
            records.add(csv.substring(start));
        }
        return records;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
