package org.coprod.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.words.Words;
import org.coprod.io.FileAccessException;
import org.coprod.io.InvalidInputException;
import org.coprod.survey.ExportReader.Column;

/**
 * Which of several questionnaires (versions, and their translations) an export was answered to, without being told.
 */
public final class QuestionnaireMatch {
    /** Enough rows to tell a language by its answers, read only when the headings cannot tell. */
    static final int ROWS_SAMPLED = 200;

    private QuestionnaireMatch() {}

    /**
     * The questionnaire whose questions the export's columns match most. Several may match as many: a sheet headed by
     * question ids, which every translation shares, matches each language alike. Then the language the export is
     * written in decides: the one whose answer labels its first rows hold most, and whose words name its service and
     * role columns ("Gwasanaeth", "Rôl"). Of that language's tied candidates the first given is taken (the current
     * version, when the versions come newest first), and the first candidate wins what is still a tie, or when no
     * column matches any question.
     */
    public static Questionnaire best(
            List<Questionnaire> candidates,
            Path file,
            Optional<Character> delimiter,
            Optional<Integer> headerRows,
            Optional<String> sheet,
            Words words) {
        try (ExportReader reader = new ExportReader(file, delimiter, headerRows, sheet, words)) {
            List<Column> columns = reader.columns();
            Map<Questionnaire, ColumnMapping> tied = mostMatched(candidates, columns);
            Questionnaire first = tied.keySet().iterator().next();
            if (tied.size() == 1 || tied.get(first).mappedCount() == 0) {
                return first;
            }
            List<String[]> rows = firstRows(reader);
            String language = first.language();
            int most = -1;
            for (Map.Entry<Questionnaire, ColumnMapping> candidate : tied.entrySet()) {
                int evidence = inItsLanguage(candidate.getKey(), candidate.getValue(), columns, rows);
                if (evidence > most) {
                    language = candidate.getKey().language();
                    most = evidence;
                }
            }
            // the language only: of its versions, the first given (the current one) is taken, as without a tie
            String chosen = language;
            return tied.keySet().stream()
                    .filter(q -> q.language().equals(chosen))
                    .findFirst()
                    .orElse(first);
        }
    }

    /** The candidates whose questions the columns match most, in the order given, with their mappings. */
    private static Map<Questionnaire, ColumnMapping> mostMatched(List<Questionnaire> candidates, List<Column> columns) {
        Map<Questionnaire, ColumnMapping> tied = new java.util.LinkedHashMap<>();
        int most = -1;
        for (Questionnaire candidate : candidates) {
            ColumnMapping mapping = ColumnMapping.of(candidate, columns, Map.of(), List.of());
            if (mapping.mappedCount() > most) {
                tied.clear();
                most = mapping.mappedCount();
            }
            if (mapping.mappedCount() == most) {
                tied.put(candidate, mapping);
            }
        }
        return tied;
    }

    /**
     * The first rows, or as many as can be read: a row the reading stops at is reported when the export is scored.
     */
    private static List<String[]> firstRows(ExportReader reader) {
        List<String[]> rows = new ArrayList<>();
        try {
            while (rows.size() < ROWS_SAMPLED && reader.next()) {
                rows.add(reader.cells());
            }
        } catch (InvalidInputException | FileAccessException unreadable) {
            // what was read so far is enough to go on; scoring the export names the problem
        }
        return rows;
    }

    /**
     * How much of the export is written in the candidate's words: its cells that are one of their question's answer
     * labels as the candidate writes them, and its columns whose headings name the service or role in its language.
     */
    private static int inItsLanguage(
            Questionnaire candidate, ColumnMapping mapping, List<Column> columns, List<String[]> rows) {
        Words words = Words.forTag(candidate.language());
        Map<AnswerSet, Set<String>> labels = new java.util.IdentityHashMap<>();
        int evidence = 0;
        for (Column column : columns) {
            int q = mapping.questionOf(column.index());
            if (q < 0) {
                String heading = ColumnMapping.normalise(column.name());
                evidence += ColumnMapping.namesGroup(heading, words, true)
                                || ColumnMapping.namesGroup(heading, words, false)
                        ? 1
                        : 0;
                continue;
            }
            Set<String> itsLabels = labels.computeIfAbsent(
                    candidate.answerSetOf(candidate.questions().get(q)), QuestionnaireMatch::labels);
            for (String[] row : rows) {
                if (column.index() < row.length && itsLabels.contains(AnswerSet.normalise(row[column.index()]))) {
                    evidence++;
                }
            }
        }
        return evidence;
    }

    private static Set<String> labels(AnswerSet set) {
        Set<String> labels = new HashSet<>();
        for (Response choice : set.choices()) {
            labels.add(AnswerSet.normalise(choice.label()));
        }
        return labels;
    }
}
