package org.coprod.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.Test;

/** Issue 16: the plans of every questionnaire ever scored were kept (401 MB after 40,000 in one process). */
class ScoringPlanCacheTest {
    @Test
    void a_process_that_scores_many_questionnaires_keeps_only_the_recent_plans() {
        String yaml = TestFiles.resource("questionnaires/tiny.yaml");
        for (int i = 0; i < 200; i++) {
            Questionnaire q = QuestionnaireReader.parse("q" + i + ".yaml", yaml, Words.english());
            assertThat(ScoringPlan.of(q)).isSameAs(ScoringPlan.of(q));
            q.answerSets().values().forEach(set -> set.match("Often"));
        }
        assertThat(ScoringPlan.PLANS.size()).isLessThanOrEqualTo(16);
        assertThat(org.coprod.core.model.AnswerMatcherAccess.cached()).isLessThanOrEqualTo(256);
    }
}
