package io.planextract.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * What {@code GET /metrics} shows, in Prometheus' text format: every request by route and status with a latency
 * histogram, notices converted and failed, the pool's load, and the JVM's heap, threads and open files (the
 * figures a soak watches). One registry per server, so that two servers in one JVM (tests) do not mix counts.
 */
final class ServiceMetrics implements AutoCloseable {
    /** Prometheus' text exposition format, the one every scraper reads. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Duration[] BUCKETS = java.util.stream.LongStream.of(1, 2, 5, 10, 20, 50, 100, 200, 500,
            1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 120_000).mapToObj(Duration::ofMillis).toArray(Duration[]::new);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    ServiceMetrics(Workers workers) {
        Gauge.builder("planextract.workers.busy", workers, Workers::busy)
                .description("conversions running now").register(registry);
        Gauge.builder("planextract.workers.waiting", workers, Workers::waiting)
                .description("conversions waiting for a worker").register(registry);
        Gauge.builder("planextract.requests.admitted", workers, Workers::admitted)
                .description("requests holding a place in the queue (uploading, converting or answering)")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        gc.bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** One answered request: {@code route} is the route's pattern (or {@code other}), never the raw path. */
    void request(String method, String route, int status, long nanos) {
        Timer.builder("planextract.http.requests")
                .description("requests answered, by route and status")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .tag("outcome", status < 400 ? "success" : status < 500 ? "client-error" : "server-error")
                // Fixed buckets a person can read, from a warm notice's milliseconds to a large batch's minute.
                .serviceLevelObjectives(BUCKETS)
                .register(registry).record(Duration.ofNanos(nanos));
    }

    /** One notice converted ({@code converted}) or not (the error's code: {@code unreadable}, {@code timeout}). */
    void notice(String outcome) {
        Counter.builder("planextract.notices").description("notices converted or failed, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
