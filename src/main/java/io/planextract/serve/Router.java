package io.planextract.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to its endpoint, after the checks every request goes through: the service is not stopping
 * (503), the route exists (404) and takes this method (405), and the bearer token matches when one is set (401).
 * Whatever an endpoint throws becomes the JSON error document; every answer is counted in the metrics.
 */
final class Router extends Handler.Abstract {
    /** One route: method and path, and whether it answers without the token (probes need no secret). */
    record Route(String method, String path, boolean open, Endpoint endpoint) {
    }

    @FunctionalInterface
    interface Endpoint {
        void handle(Exchange exchange) throws IOException;
    }

    private final Map<String, List<Route>> routes;
    private final Optional<byte[]> tokenDigest;
    private final ServiceMetrics metrics;
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean draining;

    Router(List<Route> routes, Optional<String> token, ServiceMetrics metrics) {
        this.routes = routes.stream().collect(Collectors.groupingBy(Route::path, LinkedHashMap::new,
                Collectors.toList()));
        this.tokenDigest = token.map(Router::digest);
        this.metrics = metrics;
    }

    /** Every route as {@code METHOD /path}, for the API description's test. */
    List<String> routes() {
        return routes.values().stream().flatMap(List::stream).map(r -> r.method() + " " + r.path()).toList();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String path = Request.getPathInContext(request);
        List<Route> candidates = routes.get(path);
        String label = candidates == null ? "other" : path;
        active.incrementAndGet();
        try {
            Exchange x = Exchange.of(request, response);
            try {
                route(request, candidates).endpoint().handle(x);
                callback.succeeded();
            } catch (ApiError e) {
                answer(x, e, callback);
            } catch (EofException e) {
                callback.failed(e); // the client went away: no one to answer
            } catch (IOException | RuntimeException e) {
                // A fault of the service itself: its trace goes to the operator's log (never a request body).
                System.err.println("plan-extract: " + request.getMethod() + " " + path + " failed:");
                e.printStackTrace();
                answer(x, new ApiError(500, "internal", "the service failed (" + e.getClass().getSimpleName() + ")",
                        null), callback);
            }
        } finally {
            metrics.request(request.getMethod(), label, response.getStatus(), System.nanoTime() - start);
            if (active.decrementAndGet() == 0 && draining) {
                synchronized (active) {
                    active.notifyAll();
                }
            }
        }
        return true;
    }

    private Route route(Request request, List<Route> candidates) {
        String path = Request.getPathInContext(request);
        if (draining && !"/health".equals(path)) {
            throw new ApiError(503, "shutting-down", "the service is stopping; send the request again to another"
                    + " instance or after the restart", null);
        }
        if (candidates == null) {
            throw new ApiError(404, "not-found", "no such endpoint: " + path + " (see /openapi.json)", null);
        }
        Route route = candidates.stream().filter(r -> r.method().equals(request.getMethod())).findFirst()
                .orElseThrow(() -> new ApiError(405, "method-not-allowed", path + " answers "
                        + candidates.stream().map(Route::method).collect(Collectors.joining(", ")), null));
        if (!route.open()) {
            authorize(request);
        }
        return route;
    }

    private void authorize(Request request) {
        if (tokenDigest.isEmpty()) {
            return;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
                : "";
        // Digests of equal length, compared in constant time: neither the token nor its length leaks by timing.
        if (!MessageDigest.isEqual(digest(given), tokenDigest.get())) {
            throw new ApiError(401, "unauthorized", header == null ? "this service needs a bearer token"
                    + " (Authorization: Bearer …)" : "the token is wrong", null);
        }
    }

    private static void answer(Exchange x, ApiError error, Callback callback) {
        Response response = x.response();
        if (response.isCommitted()) {
            callback.failed(error); // a stream already under way can only be cut off
            return;
        }
        try {
            response.reset();
            if (error.status() == 401) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            }
            if (error.status() == 503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            }
            x.send(error.status(), "application/json", error.body());
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
        }
    }

    /** New requests get 503 from now on; requests already in flight go on. */
    void drain() {
        draining = true;
    }

    boolean draining() {
        return draining;
    }

    /** Waits until no request is in flight, or {@code millis} have passed; true if none is left. */
    boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (active) {
            while (active.get() > 0) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                active.wait(Math.min(left, 100));
            }
        }
        return true;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
