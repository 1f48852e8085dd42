package io.planextract.serve;

import io.planextract.PlanExtractor;
import java.io.PrintStream;
import java.util.List;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code plan-extract serve}: the library behind HTTP, warm. Jetty accepts and parses requests; the
 * {@link Router} checks and dispatches them; notices are converted on the fixed {@link Workers} pool.
 *
 * <pre>{@code
 * PlanExtractServer server = PlanExtractServer.start(ServeOptions.defaults(4), System.err);
 * ... // http://127.0.0.1:8080/v1/extract
 * server.shutdown();   // requests in flight finish; new ones get 503
 * }</pre>
 */
public final class PlanExtractServer implements AutoCloseable {
    /** Jetty's threads: enough to take uploads and say 503 while every worker is busy, never unbounded. */
    private static final int MIN_HTTP_THREADS = 16;
    /** A client that sends nothing for this long is dropped (a stalled upload frees its place). */
    private static final long IDLE_TIMEOUT_MS = 30_000;

    private final Server server;
    private final ServerConnector connector;
    private final Router router;
    private final Workers workers;
    private final ServiceMetrics metrics;
    private final ServeOptions options;

    private PlanExtractServer(ServeOptions options, Workers.Conversion conversion, PrintStream accessLog)
            throws Exception {
        this.options = options;
        this.workers = new Workers(options.workers(), options.queue(), uploadMemory(options));
        this.metrics = new ServiceMetrics(workers);
        Conversions conversions = new Conversions(workers, conversion, options.timeout(), metrics);
        NoticeEndpoints notices = new NoticeEndpoints(conversions, options);
        BatchEndpoint batch = new BatchEndpoint(conversions, options);
        InfoEndpoints info = new InfoEndpoints(workers, metrics, this::draining);
        this.router = new Router(List.of(
                new Router.Route("POST", "/v1/extract", false, notices::extract),
                new Router.Route("POST", "/v1/batch", false, batch::handle),
                new Router.Route("POST", "/v1/report", false, notices::report),
                new Router.Route("GET", "/health", true, info::health),
                new Router.Route("GET", "/ready", true, info::ready),
                new Router.Route("GET", "/metrics", false, info::metrics),
                new Router.Route("GET", "/v1/schema", false, info::schema),
                new Router.Route("GET", "/openapi.json", false, info::openApi),
                new Router.Route("GET", "/version", false, info::version)),
                options.token(), metrics);

        int threads = Math.max(MIN_HTTP_THREADS, 2 * workers.capacity() + 4);
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads));
        pool.setName("plan-extract-http");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        server.setHandler(router);
        server.setErrorHandler(new JsonErrors());
        if (accessLog != null) {
            // Method, path and query, status, bytes sent and time: never a body, never a header (the token).
            server.setRequestLog(new CustomRequestLog(line -> accessLog.println(line),
                    "%{client}a - %t \"%m %U%q %H\" %s %O %{ms}Tms"));
        }
        try {
            server.start();
        } catch (Exception e) {
            // The port is taken or not ours: nothing of this server may outlive the failure.
            server.stop();
            workers.close();
            metrics.close();
            throw e;
        }
    }

    /**
     * The memory uploads may hold at once: a quarter of the heap, and at least one upload of the largest size, so
     * that a full queue of large uploads is refused with 503 rather than running the service out of memory.
     */
    static long uploadMemory(ServeOptions options) {
        return Math.max(Runtime.getRuntime().maxMemory() / 4, options.maxBodyBytes() + (1L << 20));
    }

    /** Starts a service converting with {@link PlanExtractor}; {@code accessLog} null for none. */
    public static PlanExtractServer start(ServeOptions options, PrintStream accessLog) throws Exception {
        PlanExtractor extractor = new PlanExtractor(options.limits());
        return new PlanExtractServer(options, extractor::convert, accessLog);
    }

    /** Starts a service with its own conversion (tests: a slow one, a failing one). */
    public static PlanExtractServer start(ServeOptions options, Workers.Conversion conversion, PrintStream accessLog)
            throws Exception {
        return new PlanExtractServer(options, conversion, accessLog);
    }

    /** The port bound (the one chosen when the options asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public String baseUri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port();
    }

    /** Every route as {@code METHOD /path}. */
    List<String> routes() {
        return router.routes();
    }

    /** Requests holding a place, and places in all: a test waits for places to come back. */
    Workers workers() {
        return workers;
    }

    boolean draining() {
        return router.draining();
    }

    /**
     * Stops gracefully: new requests get 503 at once, requests in flight (uploads, conversions, streams) finish
     * within the drain time, then the port is closed. Returns whether every request finished in time.
     */
    public boolean shutdown() throws Exception {
        router.drain();
        boolean idle;
        try {
            idle = router.awaitIdle(options.drainTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            idle = false;
        }
        server.stop();
        workers.close();
        metrics.close();
        return idle;
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        if (server.isRunning()) {
            shutdown();
        }
    }

    /** Jetty's own refusals (a malformed request line, headers too large) in the same JSON as the service's. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, org.eclipse.jetty.server.Response response,
                org.eclipse.jetty.util.Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : 500;
            Object message = request.getAttribute(ERROR_MESSAGE);
            ApiError error = new ApiError(status, status >= 500 ? "internal" : "bad-request",
                    message == null ? "the request could not be read" : message.toString(), null);
            response.getHeaders().put("Content-Type", "application/json");
            response.write(true, java.nio.ByteBuffer.wrap(error.body()), callback);
            return true;
        }
    }
}
