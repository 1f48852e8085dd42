package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The admission in front of the pool: places in the queue, and memory for uploads. */
class WorkersTest {

    @Test
    void aRequestBeyondWorkersAndQueueIsRefusedUntilAPlaceIsGivenBack() {
        try (Workers workers = new Workers(1, 1, 1 << 20)) {
            Workers.Pass a = workers.admit();
            Workers.Pass b = workers.admit();
            assertThatThrownBy(workers::admit).isInstanceOfSatisfying(ApiError.class,
                    e -> assertThat(e.status()).isEqualTo(503));
            a.close();
            workers.admit().close();
            b.close();
            assertThat(workers.admitted()).isZero();
        }
    }

    @Test
    void uploadsThatWouldPassTheMemoryBudgetTogetherAreRefused() {
        try (Workers workers = new Workers(2, 2, 100 << 10)) {
            Workers.Pass a = workers.admit();
            a.reserve(60 << 10);
            Workers.Pass b = workers.admit();
            assertThatThrownBy(() -> b.reserve(60 << 10)).isInstanceOfSatisfying(ApiError.class,
                    e -> assertThat(e.code()).isEqualTo("busy"));
            a.close();
            b.reserve(60 << 10); // a's memory came back with its place
            b.close();
        }
    }

    @Test
    void aPlaceComesBackOnlyWhenTheConversionItStartedHasLeftTheWorker() throws Exception {
        try (Workers workers = new Workers(1, 0, 1 << 20)) {
            java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Workers.Pass pass = workers.admit();
            java.util.concurrent.Future<String> work = pass.submit(() -> {
                running.countDown();
                release.await();
                return "done";
            });
            running.await();
            pass.close(); // the request gave up (a timeout), but its conversion still holds the worker
            assertThat(workers.admitted()).isEqualTo(1);
            release.countDown();
            assertThat(work.get()).isEqualTo("done");
            while (workers.admitted() > 0) {
                Thread.sleep(5); // until the worker has let go
            }
            workers.admit().close();
        }
    }
}
