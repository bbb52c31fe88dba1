package org.coprod.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Section;
import org.coprod.core.model.VerdictOutcome;

/**
 * The lines of 'score --per-respondent': one row per respondent with where it came from, each section's score and
 * band, each dimension's score and the respondent's own verdict. The command writes them to the file.
 */
public final class RespondentCsv {
    private final Questionnaire questionnaire;
    /** Each verdict's name by its id, as a row names its respondent's verdict. */
    private final Map<String, String> verdictNames = new HashMap<>();

    /**
     * @param questionnaire the questionnaire scored, or a translation of it, whose words name the bands and verdicts
     */
    public RespondentCsv(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        questionnaire.verdict().outcomes().forEach(outcome -> verdictNames.putIfAbsent(outcome.id(), outcome.label()));
    }

    public String header() {
        List<String> header = new ArrayList<>(List.of("file", "row", "service", "role"));
        for (Section section : questionnaire.sections()) {
            header.add(section.id());
            header.add(section.id() + "_band");
        }
        questionnaire.dimensions().forEach(d -> header.add(d.id()));
        header.add("verdict");
        return line(header);
    }

    /** The respondent just added to {@code batch}. */
    public String row(String file, long row, String service, String role, BatchScoring batch) {
        List<String> cells = new ArrayList<>(List.of(file, String.valueOf(row), service, role));
        for (double score : batch.lastSectionScores()) {
            cells.add(Csv.number(score));
            cells.add(
                    Double.isNaN(score)
                            ? ""
                            : questionnaire.scoring().bandFor(score).label());
        }
        Arrays.stream(batch.lastDimensionScores()).forEach(d -> cells.add(Csv.number(d)));
        VerdictOutcome verdict = batch.lastVerdict().outcome();
        cells.add(verdictNames.getOrDefault(verdict.id(), verdict.label()));
        return line(cells);
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        Csv.row(line, cells);
        return line.toString();
    }
}
