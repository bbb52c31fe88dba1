package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/**
 * The row pipeline, made deterministic without sleeping: the scoring side is held back by a latch while the reader
 * gets ahead, and the reader waits on a semaphore for the scorer to catch up.
 */
class RowPipelineTest {
    private static final int BATCH = RowPipeline.ROWS_PER_BATCH;

    @Test
    void rows_arrive_in_order_and_the_reader_scores_the_first_batch_and_others_only_while_the_scorer_is_behind()
            throws Exception {
        List<Long> rows = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> scoredByReader = Collections.synchronizedList(new ArrayList<>());
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch scorerMayStart = new CountDownLatch(1);
        Semaphore consumed = new Semaphore(0);
        RowPipeline pipeline = new RowPipeline(2, 1, 1, (row, service, role, codes, sections, dimensions) -> {
            awaitQuietly(scorerMayStart);
            rows.add(row);
            scoredByReader.add(sections != null);
            if (codes[0] != (byte) row
                    || !service.equals("S" + row % 3)
                    || sections != null && sections[0] != row * 2.0) {
                wrong.add("row " + row);
            }
            consumed.release();
        });
        long row = 0;
        // batches 1 to 3 while the scorer is held: from batch 4 on, two batches wait, so the reader scores batch 4
        while (row < 3L * BATCH + 1) {
            add(pipeline, ++row);
        }
        scorerMayStart.countDown();
        consumed.acquire(3 * BATCH); // the scorer has caught up with everything handed over
        while (row < 5L * BATCH) {
            add(pipeline, ++row); // batch 4 is handed over with nothing waiting, so batch 5 is left to the scorer
        }
        pipeline.finish();

        assertThat(rows).hasSize(5 * BATCH);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).isEqualTo(i + 1L);
        }
        assertThat(wrong).isEmpty();
        assertThat(scoredByReader.subList(0, BATCH))
                .as("batch 1, while the scorer starts")
                .containsOnly(true);
        assertThat(scoredByReader.subList(3 * BATCH, 4 * BATCH))
                .as("batch 4, the scorer behind")
                .containsOnly(true);
        assertThat(scoredByReader.subList(4 * BATCH, 5 * BATCH))
                .as("batch 5, the scorer caught up")
                .containsOnly(false);
    }

    private static void add(RowPipeline pipeline, long row) {
        double[] sections = {Double.NaN};
        if (pipeline.wantsScores()) {
            sections[0] = row * 2.0;
        }
        pipeline.add(row, "S" + row % 3, "", new byte[] {(byte) row, 0}, sections, new double[] {0});
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
