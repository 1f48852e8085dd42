package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.PlanExtractor;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A shutdown (SIGTERM runs it) lets the requests in flight finish and refuses new ones with 503. */
class ShutdownTest {

    @Test
    void requestsInFlightFinishAndNewOnesGet503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Workers.Conversion held = (content, name) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PlanExtractor().convert(content, name);
        };
        TestServer server = TestServer.start(TestServer.options(), held);
        java.net.URI health = server.uri("/health");
        Path sample = TestServer.SAMPLES.resolve("zhoucun-2025-task-breakdown.docx");
        CompletableFuture<HttpResponse<byte[]>> inFlight = server.client.sendAsync(
                HttpRequest.newBuilder(server.uri("/v1/extract?name=" + sample))
                        .POST(HttpRequest.BodyPublishers.ofFile(sample)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        while (server.server.workers().busy() == 0) {
            Thread.sleep(5); // until the notice is being converted
        }
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
            try {
                return server.server.shutdown();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (!server.server.draining()) {
            Thread.sleep(5);
        }
        HttpResponse<byte[]> late = server.post("/v1/extract", "一、任务".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(late.statusCode()).isEqualTo(503);
        assertThat(ErrorStatusTest.error(late).get("code").asText()).isEqualTo("shutting-down");
        assertThat(server.get("/ready").statusCode()).isEqualTo(503);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);

        release.countDown();
        HttpResponse<byte[]> finished = inFlight.get();
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo(TestServer.cli(sample.toString()));
        assertThat(stopped.get()).as("every request finished before the port closed").isTrue();
        assertThatThrownBy(() -> server.send(HttpRequest.newBuilder(health))).isInstanceOf(IOException.class);
        assertThat(Files.exists(sample)).isTrue();
    }
}
