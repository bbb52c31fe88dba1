package org.coprod.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.coprod.core.ThreeStepQuestionnaire;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.ScoringPlan;
import org.junit.jupiter.api.Test;

/**
 * A service's verdict from its respondents' means is borderline when the 95% interval of a deciding mean crosses its
 * line. One question w (0, 50, 100) makes the dimension "work"; the rule "shared" needs work at least 60.
 */
class BorderlineTest {
    private final Questionnaire q = ThreeStepQuestionnaire.of("""
            dimensions:
              - {id: work, name: Work}
            questions:
              - {id: w, section: p, text: W, answerSet: three, dimensions: [work]}
            verdict:
              rules:
                - id: shared
                  label: Shared
                  when: [{score: "dimension:work", atLeast: 60}]
              fallback: {id: apart, label: Apart}
              insufficientData: {id: unknown, label: Unknown}
            """);

    private BatchScoring batch(String service, double... scores) {
        BatchScoring batch = new BatchScoring(q);
        for (double score : scores) {
            batch.add(
                    service,
                    "",
                    new byte[] {ScoringPlan.SCORED},
                    new double[] {score},
                    new double[] {score},
                    new double[] {score});
        }
        return batch;
    }

    @Test
    void a_mean_whose_interval_crosses_the_line_is_borderline_with_the_verdict_on_the_other_side() {
        // 100, 100, 50, 50: mean 75, SD 28.87, t(3) = 3.182, half width 3.182 x 28.87 / 2 = 45.93: 29.07 to 120.93
        BatchScoring batch = batch("A", 100, 100, 50, 50);
        GroupAccumulator group = batch.services().get("A");
        assertThat(batch.verdictOf(group).outcome().id()).isEqualTo("shared");
        List<Borderline> borderline = batch.borderlineOf(group);
        assertThat(borderline).singleElement().satisfies(b -> {
            assertThat(b.figure()).isEqualTo("Work");
            assertThat(b.low()).isCloseTo(29.07, within(0.01));
            assertThat(b.high()).isCloseTo(120.93, within(0.01));
            assertThat(b.otherSide().id()).isEqualTo("apart");
        });
    }

    @Test
    void a_mean_whose_interval_stays_on_one_side_is_not_borderline() {
        // five respondents at 100 have no spread: the interval is 100 to 100, all above the line
        BatchScoring batch = batch("A", 100, 100, 100, 100, 100);
        assertThat(batch.borderlineOf(batch.services().get("A"))).isEmpty();
        // below the line and sure of it: 0, 0, 0, 50 has mean 12.5, half width 3.182 x 25 / 2 = 39.8: up to 52.3 < 60
        BatchScoring low = batch("B", 0, 0, 0, 50);
        assertThat(low.verdictOf(low.services().get("B")).outcome().id()).isEqualTo("apart");
        assertThat(low.borderlineOf(low.services().get("B"))).isEmpty();
    }
}
