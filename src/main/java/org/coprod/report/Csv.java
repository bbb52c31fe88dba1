package org.coprod.report;

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

    /** A figure to two decimal places, or an empty cell when there is none. */
    public static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    public static String number(java.util.OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    /** Adds the columns first_step_1 to first_step_{@code count} to a header, and the steps (or blanks) to a row. */
    static void firstSteps(List<String> header, List<String> row, List<org.coprod.core.scoring.PlannedAction> steps, int count) {
        for (int i = 0; i < count; i++) {
            header.add("first_step_" + (i + 1));
            row.add(i < steps.size() ? steps.get(i).action().text() : "");
        }
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
