package io.planextract.serve;

import io.planextract.ExtractionException;
import io.planextract.model.NoticeResult;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fixed pool that converts notices, and the admission that bounds what waits for it.
 *
 * <p>A request takes a {@link Pass} before it reads its body; there are {@code workers + queue} passes, so at
 * most that many uploads are held in memory and that many conversions wait or run, however many connections
 * arrive. Without a pass a request is refused at once (503), never queued without bound. A pass is given back
 * when the request is over <em>and</em> its conversions have left the worker: a notice given up on after the time
 * limit still holds its pass until its worker is free again, so the queue never grows behind a busy pool.
 */
public final class Workers implements AutoCloseable {
    /** A conversion: {@code PlanExtractor::convert} outside tests. */
    @FunctionalInterface
    public interface Conversion {
        NoticeResult convert(byte[] content, String displayPath) throws ExtractionException;
    }

    /** Worker threads get a large stack, as the command's do: deep input is refused by limits, not a crash. */
    private static final long WORKER_STACK_BYTES = 64L << 20;

    private final ThreadPoolExecutor pool;
    private final Semaphore passes;
    private final int capacity;
    private final AtomicInteger busy = new AtomicInteger();
    /** Kilobytes of uploads that may be held in memory at once, all requests together. */
    private final Semaphore memory;

    /**
     * @param memoryBytes what the uploads held in memory may take together; an upload that would pass it waits
     *                    for none and is refused with 503, like a request that finds the queue full
     */
    public Workers(int workers, int queue, long memoryBytes) {
        this.capacity = workers + queue;
        this.passes = new Semaphore(capacity);
        this.memory = new Semaphore((int) Math.min(Integer.MAX_VALUE, Math.max(1, memoryBytes >> 10)));
        this.pool = new ThreadPoolExecutor(workers, workers, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                threads());
    }

    /** A pass for one request, or {@link ApiError#busy()} when every worker and queue place is taken. */
    public Pass admit() {
        if (!passes.tryAcquire()) {
            throw ApiError.busy();
        }
        return new Pass();
    }

    /** Requests that may hold a pass at once: workers and queue places. */
    public int capacity() {
        return capacity;
    }

    /** Conversions running now. */
    public int busy() {
        return busy.get();
    }

    /** Conversions waiting for a worker. */
    public int waiting() {
        return pool.getQueue().size();
    }

    /** Requests holding a pass (uploading, waiting, converting or writing). */
    public int admitted() {
        return capacity - passes.availablePermits();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(null, task, "plan-extract-worker-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * One request's admission. It is returned once the request and every conversion it started are done; a
     * request holds it through {@code try (Pass pass = workers.admit())}.
     */
    public final class Pass implements AutoCloseable {
        /** The request itself, and one for each conversion still on the pool. */
        private final AtomicInteger holders = new AtomicInteger(1);
        /** Kilobytes of upload memory this request holds. */
        private int reservedKb;

        private Pass() {
        }

        /** Runs {@code work} on the pool under this pass. */
        public <T> Future<T> submit(Callable<T> work) {
            holders.incrementAndGet();
            // Whoever claims the conversion first gives its share of the pass back: the worker when it ran it,
            // or the cancellation when it never started (a cancelled task is never run).
            AtomicBoolean claimed = new AtomicBoolean();
            FutureTask<T> task = new FutureTask<>(() -> {
                if (!claimed.compareAndSet(false, true)) {
                    return null;
                }
                busy.incrementAndGet();
                try {
                    return work.call();
                } finally {
                    busy.decrementAndGet();
                    release();
                }
            }) {
                @Override
                protected void done() {
                    if (isCancelled() && claimed.compareAndSet(false, true)) {
                        release();
                    }
                }
            };
            try {
                pool.execute(task);
            } catch (RuntimeException e) {
                release(); // the pool is shut down: the conversion never ran
                throw ApiError.busy();
            }
            return task;
        }

        /**
         * Reserves memory for an upload of up to {@code bytes} before it is read, so that the uploads held at once
         * fit in the heap however many requests the queue admits; 503 when they would not.
         */
        public void reserve(long bytes) {
            int kb = (int) Math.min(Integer.MAX_VALUE, (bytes >> 10) + 1);
            if (!memory.tryAcquire(kb)) {
                throw new ApiError(503, "busy", "the uploads in progress fill the memory set aside for them; try"
                        + " again shortly", null);
            }
            synchronized (this) {
                reservedKb += kb;
            }
        }

        private void release() {
            if (holders.decrementAndGet() == 0) {
                synchronized (this) {
                    memory.release(reservedKb);
                    reservedKb = 0;
                }
                passes.release();
            }
        }

        @Override
        public void close() {
            release();
        }
    }
}
