package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --token-file}: with a token every API call needs it; probes never do; without one nothing does. */
class AuthTest {
    private static final String TOKEN = "a-long-enough-token-0123456789";

    private static HttpResponse<byte[]> call(TestServer server, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request);
    }

    @Test
    void withATokenACallWithoutItOrWithAnotherIs401() throws Exception {
        try (TestServer server = TestServer.start(TestServer.options().withToken(Optional.of(TOKEN)))) {
            HttpResponse<byte[]> none = call(server, "/metrics", null);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(ErrorStatusTest.error(none).get("code").asText()).isEqualTo("unauthorized");
            assertThat(call(server, "/metrics", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
            assertThat(call(server, "/metrics", "Bearer " + TOKEN.substring(1)).statusCode()).isEqualTo(401);
            assertThat(call(server, "/metrics", "Basic " + TOKEN).statusCode()).isEqualTo(401);
            HttpResponse<byte[]> post = server.send(HttpRequest.newBuilder(server.uri("/v1/extract"))
                    .POST(HttpRequest.BodyPublishers.ofString("一、任务")));
            assertThat(post.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withATokenTheRightOneIsLetThrough() throws Exception {
        try (TestServer server = TestServer.start(TestServer.options().withToken(Optional.of(TOKEN)))) {
            assertThat(call(server, "/version", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
            HttpResponse<byte[]> post = server.send(HttpRequest.newBuilder(server.uri("/v1/extract"))
                    .header("Authorization", "bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("一、任务")));
            assertThat(post.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void probesAnswerWithoutTheToken() throws Exception {
        try (TestServer server = TestServer.start(TestServer.options().withToken(Optional.of(TOKEN)))) {
            assertThat(call(server, "/health", null).statusCode()).isEqualTo(200);
            assertThat(call(server, "/ready", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutATokenNoCallNeedsOne() throws Exception {
        try (TestServer server = TestServer.start()) {
            assertThat(call(server, "/metrics", null).statusCode()).isEqualTo(200);
            assertThat(call(server, "/metrics", "Bearer anything").statusCode()).isEqualTo(200);
        }
    }
}
