package io.planextract.serve;

import io.planextract.cli.PlanExtractCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** A service on a free loopback port, and the calls the tests make to it with the JDK's HttpClient. */
final class TestServer implements AutoCloseable {
    static final Path SAMPLES = Path.of("samples");

    final PlanExtractServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    TestServer(PlanExtractServer server) {
        this.server = server;
    }

    static ServeOptions options() {
        return ServeOptions.defaults(2).withAddress(ServeOptions.LOOPBACK, 0);
    }

    static TestServer start() throws Exception {
        return start(options());
    }

    static TestServer start(ServeOptions options) throws Exception {
        return new TestServer(PlanExtractServer.start(options, null));
    }

    static TestServer start(ServeOptions options, Workers.Conversion conversion) throws Exception {
        return new TestServer(PlanExtractServer.start(options, conversion, null));
    }

    URI uri(String pathAndQuery) {
        return URI.create(server.baseUri() + pathAndQuery);
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * One request on a connection of its own: a pooled connection that the server closed after an earlier test's
     * early answer (413 before the body was read) would otherwise fail a later request with no bytes at all.
     */
    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        return fresh.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The samples shipped with the project (the same files as the gold set's). */
    static List<Path> samples() throws IOException {
        try (Stream<Path> files = java.nio.file.Files.list(SAMPLES)) {
            return files.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
    }

    /** What {@code plan-extract ARGS} prints on standard output, run in this JVM. */
    static byte[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine command = new CommandLine(new PlanExtractCommand(out, false, Duration.ofHours(1)));
        StringWriter err = new StringWriter();
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        if (exit != 0) {
            throw new IllegalStateException("plan-extract " + String.join(" ", args) + " → " + exit + ": " + err);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
