package org.coprod.fuzz;

import java.util.Map;
import java.util.stream.Collectors;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.TextFiles;
import org.coprod.io.yaml.QuestionnaireReader;
import org.coprod.report.QuestionnaireDescription;
import org.coprod.report.Style;
import org.coprod.report.TextRenderer;

/**
 * Jazzer fuzz target for the questionnaire loader: any bytes are a questionnaire that can be shown and scored, or are
 * refused with clear problems. Run by {@link LoaderFuzzTest}.
 */
public final class QuestionnaireFuzzTarget {
    private static final String FILE = "fuzzed.yaml";

    private QuestionnaireFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        Questionnaire questionnaire;
        try {
            questionnaire =
                    QuestionnaireReader.parse(FILE, TextFiles.decode(FILE, data, Words.english()), Words.english());
        } catch (InvalidInputException refused) {
            FuzzContract.assertClear(refused, FILE);
            return;
        }
        new TextRenderer(Style.plain(80)).render(QuestionnaireDescription.build(questionnaire));
        Scoring.score(questionnaire, Map.of());
        Scoring.score(questionnaire, everyQuestionAnswered(questionnaire, 0));
        Scoring.score(questionnaire, everyQuestionAnswered(questionnaire, -1));
    }

    /** Every question answered with its answer set's first (0) or last (-1) choice. */
    static Map<String, Response> everyQuestionAnswered(Questionnaire questionnaire, int choice) {
        return questionnaire.questions().stream()
                .collect(Collectors.toMap(
                        Question::id,
                        q -> {
                            var choices = questionnaire.answerSetOf(q).choices();
                            return choices.get(choice < 0 ? choices.size() - 1 : choice);
                        },
                        (a, b) -> a));
    }
}
