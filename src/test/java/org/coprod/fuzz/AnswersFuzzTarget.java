package org.coprod.fuzz;

import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.TextFiles;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.AnswersWriter;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.AssessmentReport;

/**
 * Jazzer fuzz target for the answers loader: any bytes are an answers file that can be reported on, and written back
 * and read again unchanged (as 'coprod assess --resume' does), or are refused with clear problems. Run by
 * {@link LoaderFuzzTest}.
 */
public final class AnswersFuzzTarget {
    private static final String FILE = "fuzzed-answers.yaml";

    private AnswersFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        AnswersReader.Result result;
        try {
            result = read(TextFiles.decode(FILE, data, Words.english()));
        } catch (InvalidInputException refused) {
            FuzzContract.assertClear(refused, FILE);
            return;
        }
        Questionnaire questionnaire = result.questionnaire();
        Scorecard card = Scoring.score(questionnaire, result.assessment().responses());
        FuzzContract.renderEveryFormat(new AssessmentReport(result.assessment(), card, result.warnings()));
        Assessment again =
                read(AnswersWriter.toYaml(result.assessment(), questionnaire)).assessment();
        if (!again.equals(result.assessment())) {
            throw new AssertionError(
                    "written and read again, the answers changed:\n" + result.assessment() + "\n" + again);
        }
    }

    private static AnswersReader.Result read(String text) {
        return AnswersReader.parse(FILE, text, Catalogue::builtIn, "built in", Words.english());
    }
}
