package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.ExtractionException;
import io.planextract.write.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error status the service gives, each with the JSON error document. */
class ErrorStatusTest {
    private static final long SMALL = 4096;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestServer.options().withBodyLimits(SMALL, 4 * SMALL));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode error(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode error = Json.mapper().readTree(response.body()).get("error");
        assertThat(error.has("code") && error.has("message") && error.has("stage")).as(TestServer.text(response))
                .isTrue();
        return error;
    }

    @Test
    void anEmptyBodyIs400() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/extract", new byte[0]);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).get("code").asText()).isEqualTo("empty");
    }

    @Test
    void anUnknownFormatOrLabelLanguageIs400() throws Exception {
        assertThat(server.post("/v1/extract?format=pdf", "x".getBytes()).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> labels = server.post("/v1/extract?format=csv&labels=fr", "x".getBytes());
        assertThat(labels.statusCode()).isEqualTo(400);
        assertThat(error(labels).get("message").asText()).contains("fr");
    }

    @Test
    void aNameWithControlCharactersIs400() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/extract?name=a%0Ab.txt", "x".getBytes());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownPathIs404AndAWrongMethod405() throws Exception {
        assertThat(error(server.get("/v1/nothing")).get("code").asText()).isEqualTo("not-found");
        HttpResponse<byte[]> wrong = server.get("/v1/extract");
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(error(wrong).get("code").asText()).isEqualTo("method-not-allowed");
    }

    @Test
    void anAcceptWithNothingWeWriteIs406() throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/extract"))
                .header("Accept", "image/png").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(response.statusCode()).isEqualTo(406);
    }

    @Test
    void aBodyDeclaredOverTheLimitIs413() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/extract", new byte[(int) SMALL + 1]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response).get("code").asText()).isEqualTo("too-large");
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIs413() throws Exception {
        // No Content-Length: the limit is found while reading.
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/extract"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        new byte[(int) SMALL * 3]))));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aFormWithAFileOverTheLimitIs413() throws Exception {
        Multipart form = new Multipart().file("file", "big.txt", new byte[(int) SMALL * 2]);
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/extract"))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.bytes()))));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void contentThatIsNoNoticeIs415WithTheCommandsMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        HttpResponse<byte[]> response = server.post("/v1/extract", png);
        assertThat(response.statusCode()).isEqualTo(415);
        JsonNode error = error(response);
        assertThat(error.get("code").asText()).isEqualTo("not-a-notice");
        assertThat(error.get("stage").asText()).isEqualTo("read");
        assertThat(error.get("message").asText()).contains("image");
    }

    @Test
    void aWordFileThatCannotBeReadIs422() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/extract?name=broken.docx", brokenDocx());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(error(response).get("stage").asText()).isEqualTo("read");
    }

    @Test
    void aNoticeOverTheTimeLimitIs504() throws Exception {
        Workers.Conversion never = (content, name) -> {
            try {
                new CountDownLatch(1).await(); // until the time limit interrupts it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ExtractionException(ExtractionException.Stage.EXTRACT, "stopped");
        };
        try (TestServer slow = TestServer.start(TestServer.options().withTimeout(Duration.ofSeconds(1)), never)) {
            HttpResponse<byte[]> response = slow.post("/v1/extract", "x".getBytes());
            assertThat(response.statusCode()).isEqualTo(504);
            assertThat(error(response).get("code").asText()).isEqualTo("timeout");
        }
    }

    @Test
    void aFullQueueIs503WithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Workers.Conversion held = (content, name) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new io.planextract.PlanExtractor().convert(content, name);
        };
        ServeOptions one = ServeOptions.defaults(1).withAddress(ServeOptions.LOOPBACK, 0).withQueue(0);
        try (TestServer busy = TestServer.start(one, held)) {
            CompletableFuture<HttpResponse<byte[]>> first = busy.client.sendAsync(HttpRequest.newBuilder(
                    busy.uri("/v1/extract")).POST(HttpRequest.BodyPublishers.ofString("一、任务")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            while (busy.server.workers().busy() == 0) {
                Thread.sleep(5); // until the first request is on the only worker
            }
            HttpResponse<byte[]> second = busy.post("/v1/extract", "x".getBytes());
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
            assertThat(error(second).get("code").asText()).isEqualTo("busy");
            assertThat(busy.get("/ready").statusCode()).isEqualTo(503);
            release.countDown();
            assertThat(first.get().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBatchThatIsNoZipIs415() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/batch", "not a zip".getBytes());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response).get("code").asText()).isEqualTo("not-a-zip");
    }

    /** A package that says it is a Word document, whose document part is not XML. */
    static byte[] brokenDocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("this is not xml <".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
