package io.planextract.serve;

import io.planextract.model.NoticeResult;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** Converts uploaded notices on the {@link Workers}, each within the time limit, counting the outcomes. */
final class Conversions {
    private final Workers workers;
    private final Workers.Conversion conversion;
    private final Duration timeout;
    private final ServiceMetrics metrics;

    Conversions(Workers workers, Workers.Conversion conversion, Duration timeout, ServiceMetrics metrics) {
        this.workers = workers;
        this.conversion = conversion;
        this.timeout = timeout;
        this.metrics = metrics;
    }

    Workers workers() {
        return workers;
    }

    Workers.Conversion conversion() {
        return conversion;
    }

    Duration timeout() {
        return timeout;
    }

    /** Starts one notice under {@code pass}. */
    Future<NoticeOutcome> start(Workers.Pass pass, Upload upload, Function<NoticeResult, byte[]> render) {
        return pass.submit(() -> NoticeOutcome.of(conversion, upload, render));
    }

    /**
     * The outcome of a started notice, waiting at most the time limit; past it the notice is given up (its
     * worker interrupted) and answered with 504.
     */
    NoticeOutcome await(Future<NoticeOutcome> future, String name) {
        NoticeOutcome outcome;
        try {
            outcome = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            outcome = new NoticeOutcome.Failed(name, ApiError.timedOut(timeout.toSeconds()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "shutting-down", "the service is stopping", null);
        } catch (ExecutionException e) {
            outcome = new NoticeOutcome.Failed(name, new ApiError(500, "internal", "plan-extract failed ("
                    + e.getCause() + "); please report it with the file", "extract"));
        }
        count(outcome);
        return outcome;
    }

    void count(NoticeOutcome outcome) {
        metrics.notice(outcome instanceof NoticeOutcome.Failed f ? f.error().code() : "converted");
    }
}
