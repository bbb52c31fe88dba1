package org.coprod.core;

import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;

/**
 * A questionnaire built in a test, on one answer set "three" (Low 0, Mid 1, High 2, so 0, 50 and 100, and "Not
 * applicable"), one principle section "p" and one band; the test gives its dimensions, questions and verdict rules.
 */
public final class ThreeStepQuestionnaire {
    private ThreeStepQuestionnaire() {}

    /** @param body the YAML of 'dimensions', 'questions' and 'verdict', at the left edge */
    public static Questionnaire of(String body) {
        return QuestionnaireReader.parse("three-step.yaml", """
                id: three-step
                title: Built in a test
                version: "1.0"
                answerSets:
                  three:
                    options:
                      - {label: Low, value: 0}
                      - {label: Mid, value: 1}
                      - {label: High, value: 2}
                    notApplicable: {label: Not applicable}
                sections:
                  - {id: p, name: P, kind: principle}
                scoring:
                  minimumAnswered: 0.5
                  bands: [{id: all, label: All, from: 0}]
                """ + body, Words.english());
    }
}
