package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clients that break off: the service answers what it can, gives the place in the queue back, and goes on. */
class ConnectionsTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Socket open() throws Exception {
        return new Socket(ServeOptions.LOOPBACK, server.server.port());
    }

    private static byte[] head(String path, long length) {
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: "
                + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Every place in the queue is free again, and a good notice still converts. */
    private static void assertRecovered() throws Exception {
        while (server.server.workers().admitted() > 0) {
            Thread.sleep(5); // until the broken request has let go of its place
        }
        Path sample = TestServer.SAMPLES.resolve("linzi-2025-key-points.txt");
        HttpResponse<byte[]> good = server.post("/v1/extract?name=" + sample, Files.readAllBytes(sample));
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).isEqualTo(TestServer.cli(sample.toString()));
    }

    @Test
    void anUploadThatEndsBeforeItsDeclaredLengthIs400() throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/v1/extract", 100_000));
            out.write("一、只有开头".getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput(); // the body ends here, far short of its length
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // Jetty may close the connection instead of answering a body cut short; if it answers, it is a 400.
            if (!answer.isEmpty()) {
                assertThat(answer).startsWith("HTTP/1.1 400").contains("\"truncated\"");
            }
        }
        assertRecovered();
    }

    @Test
    void aClientThatDisconnectsMidUploadLeavesNothingBehind() throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/v1/batch", 10_000_000));
            out.write(new byte[64 << 10]);
            out.flush();
            while (server.server.workers().admitted() == 0) {
                Thread.sleep(5); // until the service is reading the upload
            }
        } // closed mid-upload
        assertRecovered();
        try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            // The upload's temporary file is removed before its place in the queue is given back.
            assertThat(temp.filter(p -> p.getFileName().toString().startsWith("plan-extract-batch-"))).isEmpty();
        }
    }

    @Test
    void aClientThatLeavesWhileABatchStreamsDoesNotStopTheService() throws Exception {
        byte[] batch = SameBytesAsCliTest.zipOf(TestServer.samples());
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/v1/batch", batch.length));
            out.write(batch);
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(in.read()).isNotEqualTo(-1); // the answer has begun
        } // and the client is gone
        assertRecovered();
    }
}
