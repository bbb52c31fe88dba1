package org.coprod.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.words.Words;

/** The survey tools whose exports coprod recognises, with how many header rows each writes. */
public enum Preset {
    GENERIC(1),
    GOOGLE_FORMS(1),
    MICROSOFT_FORMS(1),
    SURVEYMONKEY(2),
    QUALTRICS(3),
    LIMESURVEY(1),
    KOBO(1);

    public final int headerRows;

    /** {@code G01Q03[SQ001]. Question text [Subquestion]}: LimeSurvey's code, its ". " separator, then the text. */
    private static final Pattern CODE_AND_TEXT =
            Pattern.compile("([A-Za-z][A-Za-z0-9_]*(?:\\[[^\\]]+])*)\\. (.+)", Pattern.DOTALL);
    /** {@code Title [Statement]}, the statement being the last brackets' content (not a code's {@code G02Q03[SQ001]}). */
    private static final Pattern BRACKETED_ROW = Pattern.compile("(?s).*\\S\\s+\\[([^\\[\\]]+)]\\s*");

    private static final Pattern IMPORT_ID = Pattern.compile("\"ImportId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String TITLE_AND_STATEMENT = " - ";

    Preset(int headerRows) {
        this.headerRows = headerRows;
    }

    /** The tool's name, as the report says which tool made a file. */
    public String toolName(Words words) {
        return words.get("survey.tool." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Recognises the tool from the first rows where the file makes it clear; otherwise a plain CSV file. */
    static Preset detect(List<String[]> firstRows) {
        if (firstRows.isEmpty()) {
            return GENERIC;
        }
        String[] first = firstRows.get(0);
        if (firstRows.size() >= 3
                && firstRows.get(2).length > 0
                && firstRows.get(2)[0].strip().startsWith("{\"ImportId\"")) {
            return QUALTRICS;
        }
        if (startsWith(first, "respondentid", "collectorid")) {
            return SURVEYMONKEY;
        }
        if (startsWith(first, "timestamp")) {
            return GOOGLE_FORMS;
        }
        if (startsWith(first, "id", "starttime", "completiontime")) {
            return MICROSOFT_FORMS;
        }
        List<String> names = java.util.Arrays.stream(first)
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (isLimeSurvey(first)) {
            return LIMESURVEY;
        }
        if (names.contains("_uuid") || names.contains("_submission_time")) {
            return KOBO;
        }
        return GENERIC;
    }

    /**
     * LimeSurvey's columns of when a response was submitted and its last page, whichever way its headings were
     * exported: as codes ({@code submitdate}), as text ({@code Date submitted}) or both ({@code submitdate. Date submitted}).
     */
    private static boolean isLimeSurvey(String[] header) {
        List<String> compact =
                java.util.Arrays.stream(header).map(ColumnMapping::compact).toList();
        return compact.stream().anyMatch(h -> h.startsWith("submitdate") || h.equals("datesubmitted"))
                && compact.stream().anyMatch(h -> h.startsWith("lastpage"));
    }

    /** Whether the row starts with the tool's own column names, compared as letters and digits only. */
    private static boolean startsWith(String[] row, String... names) {
        if (row.length < names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!ColumnMapping.compact(row[i]).equals(names[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names a column goes by, best first, from the header rows: SurveyMonkey's question text carried across the
     * blank cells of a matrix question with the row's own label; Qualtrics' question text, short name and import id
     * ({@code QID3_1}); the part of a KoboToolbox header after its group; the code and the text of LimeSurvey's
     * "question code and text" headings ({@code G01Q03[SQ001]. Question [subquestion]}).
     */
    List<String> namesOf(int column, List<String[]> headerRows) {
        String first = cell(headerRows, 0, column);
        switch (this) {
            case SURVEYMONKEY -> {
                String top = carriedAcross(headerRows.get(0), column);
                String sub = cell(headerRows, 1, column);
                if (sub.isBlank() || sub.equalsIgnoreCase("Response") || sub.equalsIgnoreCase("Open-Ended Response")) {
                    return List.of(top);
                }
                return List.of(sub, top + " " + sub, top);
            }
            case QUALTRICS -> {
                List<String> names = new ArrayList<>();
                addName(names, cell(headerRows, 1, column));
                addName(names, first);
                Matcher importId = IMPORT_ID.matcher(cell(headerRows, 2, column));
                if (importId.find()) {
                    addName(names, importId.group(1));
                }
                return names.isEmpty() ? List.of("") : names;
            }
            case KOBO -> {
                int slash = first.lastIndexOf('/');
                return slash < 0 ? List.of(first) : List.of(first, first.substring(slash + 1));
            }
            default -> {
                List<String> names = new ArrayList<>();
                for (int row = 0; row < headerRows.size(); row++) {
                    String name = cell(headerRows, row, column);
                    addName(names, name);
                    Matcher codeAndText = CODE_AND_TEXT.matcher(name.strip());
                    if (codeAndText.matches()) {
                        addName(names, codeAndText.group(1));
                        addName(names, codeAndText.group(2));
                    }
                }
                return names.isEmpty() ? List.of("") : names;
            }
        }
    }

    private static void addName(List<String> names, String name) {
        if (!name.isBlank() && !names.contains(name)) {
            names.add(name);
        }
    }

    /**
     * What a column of a grid may hold, when its heading joins the grid's title and one row's statement: each part
     * of a Qualtrics matrix heading after a " - " ({@code Title - Statement}, the title may hold " - " too); the
     * part in brackets at the end of a Google Forms grid or LimeSurvey array heading ({@code Title [Statement]}).
     */
    List<String> statementsOf(List<String> names) {
        List<String> statements = new ArrayList<>();
        switch (this) {
            case QUALTRICS -> {
                String text = names.get(0);
                for (int at = text.indexOf(TITLE_AND_STATEMENT);
                        at >= 0;
                        at = text.indexOf(TITLE_AND_STATEMENT, at + 1)) {
                    addName(statements, text.substring(at + TITLE_AND_STATEMENT.length()));
                }
            }
            case SURVEYMONKEY, KOBO -> {
                // SurveyMonkey gives each matrix row its own header cell; Kobo's names are the form's own
            }
            default ->
                names.forEach(name -> {
                    Matcher row = BRACKETED_ROW.matcher(name);
                    if (row.matches()) {
                        addName(statements, row.group(1));
                    }
                });
        }
        return statements;
    }

    private static String carriedAcross(String[] row, int column) {
        for (int c = Math.min(column, row.length - 1); c >= 0; c--) {
            if (!row[c].isBlank()) {
                return row[c];
            }
        }
        return "";
    }

    private static String cell(List<String[]> rows, int row, int column) {
        if (row >= rows.size() || column >= rows.get(row).length) {
            return "";
        }
        return rows.get(row)[column];
    }
}
