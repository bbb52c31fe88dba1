package org.coprod.survey;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands rows from the reading thread to a scoring thread in batches, so that reading a file and adding up its scores
 * use both processors. Rows are scored in file order, by one thread, so results are exactly those of reading and
 * scoring one after the other. Batches are reused: memory stays the same however long the file.
 */
final class RowPipeline {
    static final int ROWS_PER_BATCH = 4096;

    /** Scores one row: its file row number, service, role and answer codes (see {@link AnswerCodes}). */
    interface Consumer {
        void accept(long row, String service, String role, byte[] codes);
    }

    private static final class Batch {
        final byte[] codes;
        final String[] services = new String[ROWS_PER_BATCH];
        final String[] roles = new String[ROWS_PER_BATCH];
        final long[] rows = new long[ROWS_PER_BATCH];
        int size;

        Batch(int questions) {
            codes = new byte[ROWS_PER_BATCH * questions];
        }
    }

    private static final Batch END = new Batch(0);

    private final int questions;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(4);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(6);
    private final Thread scorer;
    private volatile Throwable failure;
    private Batch current;

    RowPipeline(int questions, Consumer consumer) {
        this.questions = questions;
        for (int i = 0; i < 6; i++) {
            free.add(new Batch(questions));
        }
        scorer = new Thread(() -> score(consumer), "coprod-scorer");
        scorer.setDaemon(true);
        scorer.start();
        current = take(free);
    }

    private void score(Consumer consumer) {
        byte[] codes = new byte[questions];
        try {
            for (Batch batch = full.take(); batch != END; batch = full.take()) {
                for (int i = 0; i < batch.size; i++) {
                    System.arraycopy(batch.codes, i * questions, codes, 0, questions);
                    consumer.accept(batch.rows[i], batch.services[i], batch.roles[i], codes);
                }
                batch.size = 0;
                free.put(batch);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            full.clear();
            free.offer(new Batch(questions));
        }
    }

    void add(long row, String service, String role, byte[] codes) {
        Batch batch = current;
        int at = batch.size;
        System.arraycopy(codes, 0, batch.codes, at * questions, questions);
        batch.rows[at] = row;
        batch.services[at] = service;
        batch.roles[at] = role;
        batch.size = at + 1;
        if (batch.size == ROWS_PER_BATCH) {
            put(batch);
            current = take(free);
        }
    }

    /** Waits until every row handed over has been scored, and passes on any failure of the scoring thread. */
    void finish() {
        if (current.size > 0) {
            put(current);
        }
        put(END);
        join();
        rethrow();
    }

    /** Stops the scoring thread without waiting for the rows still queued (after a failure while reading). */
    void abandon() {
        scorer.interrupt();
        join();
    }

    private void join() {
        try {
            scorer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    private void put(Batch batch) {
        try {
            while (!full.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
    }

    private Batch take(BlockingQueue<Batch> queue) {
        try {
            Batch batch;
            while ((batch = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS)) == null) {
                rethrow();
            }
            rethrow();
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
    }
}
