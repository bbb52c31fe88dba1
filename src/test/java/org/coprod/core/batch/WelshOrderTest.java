package org.coprod.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.Test;

/** Services (and roles) in the order of the questionnaire's language: Welsh letters for a Welsh questionnaire. */
class WelshOrderTest {
    private static BatchScoring scored(String resource, String... services) {
        Questionnaire q = QuestionnaireReader.parse("tiny.yaml", TestFiles.resource(resource), Words.english());
        BatchScoring batch = new BatchScoring(q);
        int n = q.questions().size();
        for (String service : services) {
            batch.add(
                    service,
                    "Staff",
                    new byte[n],
                    new double[n],
                    new double[q.sections().size()],
                    new double[q.dimensions().size()]);
        }
        return batch;
    }

    @Test
    void a_welsh_questionnaires_services_are_in_welsh_order_and_still_merge_ignoring_case() {
        BatchScoring batch =
                scored("questionnaires/cy/tiny.yaml", "Lyon", "Llandudno", "Cwm", "Chwilog", "LLANDUDNO", "Rhyl");
        assertThat(batch.services().keySet()).containsExactly("Cwm", "Chwilog", "Lyon", "Llandudno", "Rhyl");
        assertThat(batch.services().get("llandudno").respondents()).isEqualTo(2);
    }

    @Test
    void an_english_questionnaires_services_keep_their_case_insensitive_order() {
        BatchScoring batch = scored("questionnaires/tiny.yaml", "Lyon", "Llandudno", "Cwm", "Chwilog");
        assertThat(batch.services().keySet()).containsExactly("Chwilog", "Cwm", "Llandudno", "Lyon");
    }
}
