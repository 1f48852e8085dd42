package io.planextract.serve;

import io.planextract.PlanExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

/** The service's own endpoints: liveness, readiness, metrics, the schema, the API description, the version. */
final class InfoEndpoints {
    private final Workers workers;
    private final ServiceMetrics metrics;
    private final BooleanSupplier draining;
    private final byte[] schema = resource("/io/planextract/plan-extract.schema.json");
    private final byte[] openApi = resource("/io/planextract/serve/openapi.json");

    InfoEndpoints(Workers workers, ServiceMetrics metrics, BooleanSupplier draining) {
        this.workers = workers;
        this.metrics = metrics;
        this.draining = draining;
    }

    /** The process answers: nothing more is checked (a load balancer asks {@code /ready}). */
    void health(Exchange x) throws IOException {
        x.sendJson(200, "{\"status\":\"ok\"}\n");
    }

    /** Ready to take a notice now: not stopping, and a place free in the queue. */
    void ready(Exchange x) throws IOException {
        int free = workers.capacity() - workers.admitted();
        String state = draining.getAsBoolean() ? "stopping" : free <= 0 ? "busy" : "ready";
        x.sendJson("ready".equals(state) ? 200 : 503, "{\"status\":\"" + state + "\",\"busy\":" + workers.busy()
                + ",\"waiting\":" + workers.waiting() + ",\"free\":" + Math.max(free, 0) + "}\n");
    }

    void metrics(Exchange x) throws IOException {
        x.send(200, ServiceMetrics.CONTENT_TYPE, metrics.scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void schema(Exchange x) throws IOException {
        x.send(200, "application/schema+json", schema);
    }

    void openApi(Exchange x) throws IOException {
        x.send(200, "application/json", openApi);
    }

    void version(Exchange x) throws IOException {
        x.sendJson(200, "{\"name\":\"plan-extract\",\"version\":\"" + version() + "\"}\n");
    }

    /** The jar's Implementation-Version; {@code development} when run from classes (tests). */
    static String version() {
        String v = PlanExtractor.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static byte[] resource(String path) {
        try (InputStream in = InfoEndpoints.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
