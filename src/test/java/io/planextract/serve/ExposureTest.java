package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the service shows of itself and of its callers: loopback only, no CORS, a log without bodies or tokens. */
class ExposureTest {
    private static final String TOKEN = "token-that-must-not-be-logged-42";

    @Test
    void itListensOnLoopbackUnlessToldOtherwise() throws Exception {
        assertThat(InetAddress.getByName(ServeOptions.defaults(1).host()).isLoopbackAddress()).isTrue();
    }

    @Test
    void theAccessLogNamesTheRequestButNeverItsBodyOrToken() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ServeOptions options = TestServer.options().withToken(Optional.of(TOKEN));
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
                TestServer server = new TestServer(PlanExtractServer.start(options, out))) {
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/extract?name=a.txt"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("一、保密的任务内容", StandardCharsets.UTF_8)));
            assertThat(response.statusCode()).isEqualTo(200);
            server.server.shutdown(); // the log is written when the request completes; after the stop it is all there
        }
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("POST /v1/extract?name=a.txt", " 200 ");
        assertThat(lines).doesNotContain("保密", TOKEN);
    }

    @Test
    void aCrossOriginPreflightGetsNoCorsHeaders() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v1/extract"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST"));
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
