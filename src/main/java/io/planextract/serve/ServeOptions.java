package io.planextract.serve;

import io.planextract.read.ReadLimits;
import java.time.Duration;
import java.util.Optional;

/**
 * How the service runs.
 *
 * @param host           address to bind; loopback unless the operator chose otherwise
 * @param port           port to bind; 0 for any free one (tests)
 * @param workers        conversions running at once
 * @param queue          conversions waiting for a worker beyond those running; one more is refused with 503
 * @param maxBodyBytes   largest upload of one notice or of the notices of a review page
 * @param maxBatchBytes  largest ZIP for {@code /v1/batch} (kept in a temporary file, removed after the request)
 * @param timeout        longest one notice may take to convert (504 for one notice, an error line in a batch)
 * @param drainTimeout   longest a shutdown waits for the requests in flight
 * @param token          the bearer token every API request must carry; absent: no authentication
 * @param limits         what one notice may cost, as on the command line
 */
public record ServeOptions(String host, int port, int workers, int queue, long maxBodyBytes, long maxBatchBytes,
        Duration timeout, Duration drainTimeout, Optional<String> token, ReadLimits limits) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BATCH_BYTES = 256L << 20;

    public ServeOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
        if (queue < 0) {
            throw new IllegalArgumentException("the queue cannot be negative");
        }
    }

    /**
     * The defaults for {@code workers} workers: the command line's size limit, and a queue long enough for the
     * clients of a busy office system (at least 16 requests, 8 a worker); memory for uploads is bounded apart
     * from it (see {@link PlanExtractServer}).
     */
    public static ServeOptions defaults(int workers) {
        return new ServeOptions(LOOPBACK, DEFAULT_PORT, workers, defaultQueue(workers), ReadLimits.DEFAULT.maxFileBytes(),
                DEFAULT_MAX_BATCH_BYTES, DEFAULT_TIMEOUT, DEFAULT_DRAIN, Optional.empty(), ReadLimits.DEFAULT);
    }

    public static int defaultQueue(int workers) {
        return Math.max(16, 8 * workers);
    }

    public ServeOptions withAddress(String newHost, int newPort) {
        return new ServeOptions(newHost, newPort, workers, queue, maxBodyBytes, maxBatchBytes, timeout, drainTimeout,
                token, limits);
    }

    public ServeOptions withToken(Optional<String> newToken) {
        return new ServeOptions(host, port, workers, queue, maxBodyBytes, maxBatchBytes, timeout, drainTimeout,
                newToken, limits);
    }

    public ServeOptions withBodyLimits(long newMaxBody, long newMaxBatch) {
        return new ServeOptions(host, port, workers, queue, newMaxBody,
                newMaxBatch, timeout, drainTimeout, token, limits);
    }

    public ServeOptions withTimeout(Duration newTimeout) {
        return new ServeOptions(host, port, workers, queue, maxBodyBytes, maxBatchBytes, newTimeout, drainTimeout,
                token, limits);
    }

    public ServeOptions withQueue(int newQueue) {
        return new ServeOptions(host, port, workers, newQueue, maxBodyBytes, maxBatchBytes, timeout, drainTimeout,
                token, limits);
    }
}
