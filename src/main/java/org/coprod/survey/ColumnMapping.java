package org.coprod.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.survey.ExportReader.Column;

/**
 * Which column holds which question: from a mapping file when one is given, otherwise by the question's id, its exact
 * text, or its text normalised (case, spaces, punctuation, HTML tags, non-breaking spaces and curly quotes ignored).
 */
public final class ColumnMapping {
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final int[] questionOfColumn;
    private final List<Column> unmappedColumns = new ArrayList<>();
    private final List<Question> questionsWithoutColumn = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();

    /** Two columns that both match one question, so that coprod cannot tell which answers to score. */
    public record Duplicate(Column first, Column second, String questionId) {}

    private ColumnMapping(int columns) {
        questionOfColumn = new int[columns];
        java.util.Arrays.fill(questionOfColumn, -1);
    }

    /**
     * @param explicit column name to question id, from a mapping file (empty for automatic mapping)
     * @param reserved columns used for the service and role, which are not questions
     */
    public static ColumnMapping of(Questionnaire questionnaire, List<Column> columns, Map<String, String> explicit,
            List<Integer> reserved) {
        ColumnMapping mapping = new ColumnMapping(columns.size());
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byText = new HashMap<>();
        Map<String, Integer> byNormalisedText = new HashMap<>();
        Map<String, Integer> byCompactId = new HashMap<>();
        List<Question> questions = questionnaire.questions();
        for (int q = 0; q < questions.size(); q++) {
            byId.put(questions.get(q).id(), q);
            byText.put(questions.get(q).text(), q);
            byNormalisedText.put(normalise(questions.get(q).text()), q);
            byCompactId.put(compact(questions.get(q).id()), q);
        }
        Map<Integer, Column> taken = new HashMap<>();
        for (Column column : columns) {
            if (reserved.contains(column.index())) {
                continue;
            }
            Optional<Integer> question = explicit.isEmpty()
                    ? automatic(column, byId, byText, byNormalisedText, byCompactId)
                    : column.names().stream().map(explicit::get).filter(java.util.Objects::nonNull).findFirst().map(byId::get);
            if (question.isEmpty()) {
                mapping.unmappedColumns.add(column);
            } else if (taken.containsKey(question.get())) {
                mapping.duplicates.add(new Duplicate(taken.get(question.get()), column, questions.get(question.get()).id()));
                mapping.unmappedColumns.add(column);
            } else {
                taken.put(question.get(), column);
                mapping.questionOfColumn[column.index()] = question.get();
            }
        }
        for (int q = 0; q < questions.size(); q++) {
            if (!taken.containsKey(q)) {
                mapping.questionsWithoutColumn.add(questions.get(q));
            }
        }
        return mapping;
    }

    private static Optional<Integer> automatic(Column column, Map<String, Integer> byId, Map<String, Integer> byText,
            Map<String, Integer> byNormalisedText, Map<String, Integer> byCompactId) {
        for (String name : column.names()) {
            String stripped = name.strip();
            for (Integer found : new Integer[] {byId.get(stripped), byText.get(stripped), byNormalisedText.get(normalise(name)),
                byCompactId.get(compact(name))}) {
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /** Lowercase words only: HTML tags, punctuation, curly quotes and every kind of space are ignored. */
    public static String normalise(String text) {
        String plain = TAGS.matcher(text).replaceAll(" ").replace('\u00A0', ' ').replace("&nbsp;", " ")
                .replace("&amp;", "&").toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** Letters and digits only: "assets_skills_asked", "assetsskillsasked" and "assets-skills-asked" agree. */
    static String compact(String text) {
        return normalise(text).replace(" ", "");
    }

    /** Finds the column a user named (by any of its names, exactly or normalised). */
    public static Optional<Column> find(List<Column> columns, String wanted) {
        for (Column column : columns) {
            if (column.names().stream().anyMatch(n -> n.strip().equals(wanted.strip()))) {
                return Optional.of(column);
            }
        }
        String normalised = normalise(wanted);
        return columns.stream().filter(c -> c.names().stream().anyMatch(n -> normalise(n).equals(normalised))).findFirst();
    }

    /** For each column, the index of the question it holds, or -1 (the array itself: read it, do not change it). */
    int[] questionOfColumn() {
        return questionOfColumn;
    }

    public int questionOf(int column) {
        return column < questionOfColumn.length ? questionOfColumn[column] : -1;
    }

    public int columns() {
        return questionOfColumn.length;
    }

    public List<Column> unmappedColumns() {
        return unmappedColumns;
    }

    public List<Question> questionsWithoutColumn() {
        return questionsWithoutColumn;
    }

    /** Columns that hold a question another column holds already. */
    public List<Duplicate> duplicates() {
        return duplicates;
    }

    public int mappedCount() {
        int count = 0;
        for (int q : questionOfColumn) {
            count += q >= 0 ? 1 : 0;
        }
        return count;
    }
}
