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
     * role columns ("Gwasanaeth", "Rôl"). The first candidate wins what is still a tie.
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
            List<Questionnaire> tied = mostMatched(candidates, columns);
            if (tied.size() == 1) {
                return tied.get(0);
            }
            List<String[]> rows = firstRows(reader);
            Questionnaire best = tied.get(0);
            int most = -1;
            for (Questionnaire candidate : tied) {
                int evidence = inItsLanguage(candidate, columns, rows);
                if (evidence > most) {
                    best = candidate;
                    most = evidence;
                }
            }
            return best;
        }
    }

    private static List<Questionnaire> mostMatched(List<Questionnaire> candidates, List<Column> columns) {
        List<Questionnaire> tied = new ArrayList<>();
        int most = -1;
        for (Questionnaire candidate : candidates) {
            int matched =
                    ColumnMapping.of(candidate, columns, Map.of(), List.of()).mappedCount();
            if (matched > most) {
                tied.clear();
                most = matched;
            }
            if (matched == most) {
                tied.add(candidate);
            }
        }
        return tied;
    }

    /** The first rows, or as many as can be read: a row the reading stops at is reported when the export is scored. */
    private static List<String[]> firstRows(ExportReader reader) {
        List<String[]> rows = new ArrayList<>();
        try {
            while (rows.size() < ROWS_SAMPLED && reader.next()) {
                rows.add(reader.cells());
            }
        } catch (RuntimeException unreadable) {
            // what was read so far is enough to go on; scoring the export names the problem
        }
        return rows;
    }

    /**
     * How much of the export is written in the candidate's words: its cells that are one of their question's answer
     * labels as the candidate writes them, and its columns whose headings name the service or role in its language.
     */
    private static int inItsLanguage(Questionnaire candidate, List<Column> columns, List<String[]> rows) {
        ColumnMapping mapping = ColumnMapping.of(candidate, columns, Map.of(), List.of());
        Words words = Words.forTag(candidate.language());
        Set<String> groupWords = new HashSet<>(SurveyScorer.headingWords(words, "survey.heading.service"));
        groupWords.addAll(SurveyScorer.headingWords(words, "survey.heading.role"));
        int evidence = 0;
        for (Column column : columns) {
            int q = mapping.questionOf(column.index());
            if (q < 0) {
                evidence += SurveyScorer.hasAnyWord(ColumnMapping.normalise(column.name()), groupWords) ? 1 : 0;
                continue;
            }
            Set<String> labels =
                    labels(candidate.answerSetOf(candidate.questions().get(q)));
            for (String[] row : rows) {
                if (column.index() < row.length && labels.contains(AnswerSet.normalise(row[column.index()]))) {
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
