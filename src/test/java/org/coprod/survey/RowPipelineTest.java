package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowPipelineTest {
    @Test
    void rows_arrive_in_order_and_the_reader_scores_the_first_batch_and_others_only_while_the_scorer_is_behind() {
        List<Long> rows = new ArrayList<>();
        List<Boolean> scoredByReader = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        RowPipeline pipeline = new RowPipeline(2, 1, 1, (row, service, role, codes, sections, dimensions) -> {
            rows.add(row);
            scoredByReader.add(sections != null);
            if (codes[0] != (byte) row || !service.equals("S" + row % 3) || sections != null && sections[0] != row * 2.0) {
                wrong.add("row " + row);
            }
            if (row < 40_000 && row % 1000 == 0) {
                pause();   // a slow start, as while the scoring code is still being compiled
            }
        });
        int total = 100_000;
        for (long row = 1; row <= total; row++) {
            if (row > 60_000 && row % 1000 == 0) {
                pause();   // then a slow reader, as on a file with long rows
            }
            double[] sections = {Double.NaN};
            if (pipeline.wantsScores()) {
                sections[0] = row * 2.0;
            }
            pipeline.add(row, "S" + row % 3, "", new byte[] {(byte) row, 0}, sections, new double[] {0});
        }
        pipeline.finish();
        assertThat(rows).hasSize(total);
        for (int i = 0; i < total; i++) {
            assertThat(rows.get(i)).isEqualTo(i + 1L);
        }
        assertThat(wrong).isEmpty();
        int batch = RowPipeline.ROWS_PER_BATCH;
        assertThat(scoredByReader.subList(0, batch)).as("the first batch, while the scorer starts").containsOnly(true);
        assertThat(scoredByReader.subList(batch, 40_000)).as("the scorer fell behind at first").contains(true);
        assertThat(scoredByReader.subList(60_000, total)).as("and caught up when reading slowed").contains(false);
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
