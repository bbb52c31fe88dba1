package org.coprod.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Accents;
import org.coprod.survey.ExportReader.Column;

/**
 * Which column holds which question: from a mapping file when one is given, otherwise by the question's id, its exact
 * text, or its text normalised (case, spaces, punctuation, HTML tags, non-breaking spaces and curly quotes ignored),
 * or, for a column of a grid, by its row's statement. A column that could be more than one question is not guessed.
 */
public final class ColumnMapping {
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final int[] questionOfColumn;
    private final List<Column> unmappedColumns = new ArrayList<>();
    private final List<Question> questionsWithoutColumn = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();

    private final List<Ambiguity> ambiguous = new ArrayList<>();

    /** Two columns that both match one question, so that coprod cannot tell which answers to score. */
    public record Duplicate(Column first, Column second, String questionId) {}

    /** A column that matches more than one question (by the ids of those questions), so coprod will not guess. */
    public record Ambiguity(Column column, List<String> questionIds) {}

    private ColumnMapping(int columns) {
        questionOfColumn = new int[columns];
        java.util.Arrays.fill(questionOfColumn, -1);
    }

    /**
     * @param explicit column name to question id, from a mapping file (empty for automatic mapping)
     * @param reserved columns used for the service and role, which are not questions
     */
    public static ColumnMapping of(
            Questionnaire questionnaire, List<Column> columns, Map<String, String> explicit, List<Integer> reserved) {
        ColumnMapping mapping = new ColumnMapping(columns.size());
        QuestionIndex index = new QuestionIndex(questionnaire.questions());
        List<Question> questions = questionnaire.questions();
        Map<Integer, Column> taken = new HashMap<>();
        for (Column column : columns) {
            if (reserved.contains(column.index())) {
                continue;
            }
            Set<Integer> found = explicit.isEmpty()
                    ? index.automatic(column)
                    : column.names().stream()
                            .map(explicit::get)
                            .filter(Objects::nonNull)
                            .findFirst()
                            .map(index.byId::get)
                            .map(Set::copyOf)
                            .orElse(Set.of());
            if (found.size() > 1) {
                mapping.ambiguous.add(new Ambiguity(
                        column,
                        found.stream().sorted().map(q -> questions.get(q).id()).toList()));
                mapping.unmappedColumns.add(column);
                continue;
            }
            Optional<Integer> question = found.stream().findFirst();
            if (question.isEmpty()) {
                mapping.unmappedColumns.add(column);
            } else if (taken.containsKey(question.get())) {
                mapping.duplicates.add(new Duplicate(
                        taken.get(question.get()),
                        column,
                        questions.get(question.get()).id()));
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

    /** The questions by each of the keys a column may name them by; two questions may share a text. */
    private static final class QuestionIndex {
        final Map<String, List<Integer>> byId = new HashMap<>();
        final Map<String, List<Integer>> byText = new HashMap<>();
        final Map<String, List<Integer>> byNormalisedText = new HashMap<>();
        final Map<String, List<Integer>> byCompactId = new HashMap<>();

        QuestionIndex(List<Question> questions) {
            for (int q = 0; q < questions.size(); q++) {
                add(byId, questions.get(q).id(), q);
                add(byText, questions.get(q).text(), q);
                add(byNormalisedText, normalise(questions.get(q).text()), q);
                add(byCompactId, compact(questions.get(q).id()), q);
            }
        }

        private static void add(Map<String, List<Integer>> map, String key, int question) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(question);
        }

        /**
         * The questions a column's names match, by the first name that matches any: by id, text or normalised text.
         * Only when none does, the questions its grid row's statement matches by text, whatever the grid's title.
         * More than one question means the column is ambiguous.
         */
        Set<Integer> automatic(Column column) {
            for (String name : column.names()) {
                String stripped = name.strip();
                for (List<Integer> found : List.of(
                        get(byId, stripped),
                        get(byText, stripped),
                        get(byNormalisedText, normalise(name)),
                        get(byCompactId, compact(name)))) {
                    if (!found.isEmpty()) {
                        return new TreeSet<>(found);
                    }
                }
            }
            Set<Integer> byStatement = new TreeSet<>();
            for (String statement : column.statements()) {
                byStatement.addAll(get(byText, statement.strip()));
                byStatement.addAll(get(byNormalisedText, normalise(statement)));
            }
            return byStatement;
        }

        private static List<Integer> get(Map<String, List<Integer>> map, String key) {
            return map.getOrDefault(key, List.of());
        }
    }

    /**
     * The words that name the service's column (or the role's) in a language, normalised as headings are; a language
     * may give several, as Welsh does for a word that mutates (gwasanaeth, wasanaeth).
     */
    static List<String> groupWords(org.coprod.core.words.Words words, boolean service) {
        return CellAnswers.wordList(words, service ? "survey.heading.service" : "survey.heading.role").stream()
                .map(ColumnMapping::normalise)
                .toList();
    }

    /**
     * Whether a normalised heading names the service's column (or the role's) in a language: it holds one of its
     * words ("Which service are you answering about?"), or for the role one of its phrases ("Which best describes
     * you?").
     */
    static boolean namesGroup(String normalisedHeading, org.coprod.core.words.Words words, boolean service) {
        List<String> groupWords = groupWords(words, service);
        return java.util.Arrays.stream(normalisedHeading.split(" ")).anyMatch(groupWords::contains)
                || !service
                        && CellAnswers.wordList(words, "survey.heading.role-phrases").stream()
                                .anyMatch(normalisedHeading::contains);
    }

    /** Lowercase words only: HTML tags, punctuation, accents, curly quotes and every kind of space are ignored. */
    public static String normalise(String text) {
        String plain = TAGS.matcher(Accents.fold(text))
                .replaceAll(" ")
                .replace('\u00A0', ' ')
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .toLowerCase(Locale.ROOT)
                .replace("’", "")
                .replace("'", "");
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
        return columns.stream()
                .filter(c -> c.names().stream().anyMatch(n -> normalise(n).equals(normalised)))
                .findFirst();
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

    /** Columns that match more than one question. */
    public List<Ambiguity> ambiguous() {
        return ambiguous;
    }

    public int mappedCount() {
        int count = 0;
        for (int q : questionOfColumn) {
            count += q >= 0 ? 1 : 0;
        }
        return count;
    }
}
