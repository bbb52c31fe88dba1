package org.coprod.survey;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands rows from the reading thread, which codes them, to a thread that scores and adds them up, in batches, so
 * that the work uses both processors. Scoring a row (its section and dimension scores) can be done on either
 * thread: when the scoring thread falls behind, the reading thread scores the rows of the next batch itself, so both
 * keep busy whichever has more to do on a given file and machine. Rows are added up in file order, by one thread, so
 * results are exactly those of reading and scoring one after the other. Batches are reused: memory stays the same
 * however long the file.
 */
final class RowPipeline {
    static final int ROWS_PER_BATCH = 4096;

    /**
     * Adds up one row: its file row number, service, role, answer codes (see {@link AnswerCodes}) and the section
     * and dimension scores worked out from them, or null for both when the row is still to be scored.
     */
    interface Consumer {
        void accept(long row, String service, String role, byte[] codes, double[] sections, double[] dimensions);
    }

    private static final class Batch {
        final byte[] codes;
        final double[] sections;
        final double[] dimensions;
        final String[] services = new String[ROWS_PER_BATCH];
        final String[] roles = new String[ROWS_PER_BATCH];
        final long[] rows = new long[ROWS_PER_BATCH];
        int size;
        /** Whether the reading thread scores this batch's rows. */
        boolean scored;

        Batch(int questions, int sectionCount, int dimensionCount) {
            codes = new byte[ROWS_PER_BATCH * questions];
            sections = new double[ROWS_PER_BATCH * sectionCount];
            dimensions = new double[ROWS_PER_BATCH * dimensionCount];
        }
    }

    private static final Batch END = new Batch(0, 0, 0);

    private final int questions;
    private final int sectionCount;
    private final int dimensionCount;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(4);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(6);
    private final Thread scorer;
    private volatile Throwable failure;
    private Batch current;
    private boolean started;

    RowPipeline(int questions, int sectionCount, int dimensionCount, Consumer consumer) {
        this.questions = questions;
        this.sectionCount = sectionCount;
        this.dimensionCount = dimensionCount;
        for (int i = 0; i < 6; i++) {
            free.add(newBatch());
        }
        scorer = new Thread(() -> score(consumer), "coprod-scorer");
        scorer.setDaemon(true);
        scorer.start();
        current = nextBatch();
    }

    private Batch newBatch() {
        return new Batch(questions, sectionCount, dimensionCount);
    }

    private void score(Consumer consumer) {
        byte[] codes = new byte[questions];
        double[] sections = new double[sectionCount];
        double[] dimensions = new double[dimensionCount];
        try {
            for (Batch batch = full.take(); batch != END; batch = full.take()) {
                for (int i = 0; i < batch.size; i++) {
                    System.arraycopy(batch.codes, i * questions, codes, 0, questions);
                    if (batch.scored) {
                        System.arraycopy(batch.sections, i * sectionCount, sections, 0, sectionCount);
                        System.arraycopy(batch.dimensions, i * dimensionCount, dimensions, 0, dimensionCount);
                    }
                    consumer.accept(
                            batch.rows[i],
                            batch.services[i],
                            batch.roles[i],
                            codes,
                            batch.scored ? sections : null,
                            batch.scored ? dimensions : null);
                }
                batch.size = 0;
                free.put(batch);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            full.clear();
            free.offer(newBatch());
        }
    }

    /** Whether the next row must be handed over scored (see {@link #add}). */
    boolean wantsScores() {
        return current.scored;
    }

    /** Hands over a row; its scores are read only when {@link #wantsScores} said so. */
    void add(long row, String service, String role, byte[] codes, double[] sections, double[] dimensions) {
        Batch batch = current;
        int at = batch.size;
        System.arraycopy(codes, 0, batch.codes, at * questions, questions);
        if (batch.scored) {
            System.arraycopy(sections, 0, batch.sections, at * sectionCount, sectionCount);
            System.arraycopy(dimensions, 0, batch.dimensions, at * dimensionCount, dimensionCount);
        }
        batch.rows[at] = row;
        batch.services[at] = service;
        batch.roles[at] = role;
        batch.size = at + 1;
        if (batch.size == ROWS_PER_BATCH) {
            put(batch);
            current = nextBatch();
        }
    }

    /**
     * A batch for the reading thread to fill, to be scored there when the scoring thread has more than a batch
     * waiting; and the first batch too, while the scoring thread starts up. (Both ways are then taken from the start,
     * which also keeps Java from compiling the code as if one of them never happened, and again when it does.)
     */
    private Batch nextBatch() {
        Batch batch = take(free);
        batch.scored = !started || full.size() >= 2;
        started = true;
        return batch;
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
