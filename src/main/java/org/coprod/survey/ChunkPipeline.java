package org.coprod.survey;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads an export on every core: one thread cuts it into parts at record ends ({@link RecordSplitter}), one thread
 * per core but one codes the parts ({@link RowCoder}), each with a coder while it codes a part, and {@link #next} hands the coded
 * parts back in file order, to be added up by the thread that asks, as if the file had been read from start to end.
 * While the next part in order is not ready, that thread codes a waiting part itself: so whichever work is the larger
 * on a given file (coding rows, or adding them up) keeps every core busy, with no more threads than cores. At most a
 * few parts per core are held at once, so memory stays the same however long the file.
 */
final class ChunkPipeline implements AutoCloseable {
    private static final Future<RowCoder.Coded> END = CompletableFuture.completedFuture(null);

    private final RecordSplitter splitter;
    private final ExecutorService coding;
    private final BlockingQueue<RowCoder> coders;
    private final BlockingQueue<Future<RowCoder.Coded>> inOrder;
    private final Supplier<RowCoder> newCoder;
    private final Thread cutting;
    private final int threads;
    private int codersMade;
    private volatile boolean closed;

    /**
     * @param cores how many cores to use
     * @param newCoder makes a coder for a thread (called at most once per thread that codes)
     */
    ChunkPipeline(RecordSplitter splitter, int cores, Supplier<RowCoder> newCoder) {
        this.splitter = splitter;
        this.newCoder = newCoder;
        int codingThreads = Math.max(1, cores - 1);
        this.threads = codingThreads + 1; // and the thread that asks for the parts
        this.coders = new ArrayBlockingQueue<>(threads);
        this.inOrder = new ArrayBlockingQueue<>(2 * cores + 2);
        this.coding = Executors.newFixedThreadPool(codingThreads, task -> daemon(task, "coprod-coder"));
        this.cutting = daemon(this::cut, "coprod-reader");
        cutting.start();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The cutting thread: parts handed to the coders as they are cut, their results queued in file order. */
    private void cut() {
        try {
            for (RecordSplitter.Part part = splitter.next(); part != null; part = splitter.next()) {
                RecordSplitter.Part cutPart = part;
                inOrder.put(coding.submit(() -> code(cutPart)));
            }
            inOrder.put(END);
        } catch (IOException e) {
            putQuietly(CompletableFuture.failedFuture(e));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            putQuietly(CompletableFuture.failedFuture(e));
        }
    }

    /** Queues a failure for {@link #next} to throw, unless the reading was given up. */
    private void putQuietly(Future<RowCoder.Coded> failed) {
        try {
            while (!closed && !inOrder.offer(failed, 100, TimeUnit.MILLISECONDS)) {
                // the reader is still taking parts, or has given up (closed)
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private RowCoder.Coded code(RecordSplitter.Part part) throws InterruptedException {
        RowCoder coder = coders.poll();
        if (coder == null) {
            coder = newOrFreedCoder();
        }
        try {
            return coder.code(part);
        } finally {
            coders.put(coder);
            splitter.reuse(part);
        }
    }

    /** A new coder while there are fewer than threads; otherwise the next one another thread frees. */
    private RowCoder newOrFreedCoder() throws InterruptedException {
        synchronized (this) {
            if (codersMade < threads) {
                codersMade++;
                return newCoder.get();
            }
        }
        return coders.take();
    }

    /**
     * The next part, coded, in file order; null after the last. Throws what went wrong reading the file ({@link
     * IOException}) or coding a part.
     */
    RowCoder.Coded next() throws IOException {
        try {
            Future<RowCoder.Coded> coded = inOrder.take();
            if (coded == END) {
                return null;
            }
            codeWaitingParts(coded);
            return coded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("a part was not read", e);
        }
    }

    /**
     * Until {@code next} is ready, codes parts that no thread has started, in file order, on this thread. (Running a
     * part's task that another thread has started does nothing.)
     */
    private void codeWaitingParts(Future<RowCoder.Coded> next) {
        if (next instanceof RunnableFuture<RowCoder.Coded> first && !first.isDone()) {
            first.run();
        }
        for (Future<RowCoder.Coded> waiting : inOrder) {
            if (next.isDone()) {
                return;
            }
            if (waiting instanceof RunnableFuture<RowCoder.Coded> part && !part.isDone()) {
                part.run();
            }
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }

    /** Stops the threads, whether or not every part was taken. */
    @Override
    public void close() {
        closed = true;
        cutting.interrupt();
        coding.shutdownNow();
        inOrder.clear();
    }
}
