package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.write.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /openapi.json} describes what the server does: its routes, and the statuses they answer. */
class OpenApiTest {
    private static TestServer server;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        HttpResponse<byte[]> response = server.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        document = Json.mapper().readTree(response.body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    @Test
    void itIsOpenApi3() {
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/components/schemas/Error/properties/error/required").toString())
                .contains("code", "message", "stage");
    }

    @Test
    void itDescribesEveryRouteAndNoOther() {
        assertThat(operations()).containsExactlyInAnyOrderElementsOf(server.server.routes());
    }

    @Test
    void theStatusEachOperationAnswersToAnEmptyRequestIsDocumented() throws Exception {
        for (String operation : operations()) {
            String[] parts = operation.split(" ");
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(parts[1]));
            request = "POST".equals(parts[0]) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
            int status = server.send(request).statusCode();
            JsonNode responses = document.at("/paths/" + parts[1].replace("/", "~1") + "/"
                    + parts[0].toLowerCase(Locale.ROOT) + "/responses");
            assertThat(responses.has(Integer.toString(status))).as(operation + " answered " + status).isTrue();
        }
    }

    @Test
    void theSchemaItServesIsTheOneInTheJar() throws Exception {
        HttpResponse<byte[]> schema = server.get("/v1/schema");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).isEqualTo(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("docs/plan-extract.schema.json")));
    }

    @Test
    void theProbesVersionAndMetricsAnswer() throws Exception {
        assertThat(TestServer.text(server.get("/health"))).contains("\"ok\"");
        assertThat(TestServer.text(server.get("/ready"))).contains("\"ready\"");
        assertThat(TestServer.text(server.get("/version"))).contains("\"plan-extract\"");
        server.post("/v1/extract", "一、任务".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<byte[]> metrics = server.get("/metrics");
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(TestServer.text(metrics)).contains("planextract_http_requests_seconds_bucket{",
                "route=\"/v1/extract\"", "planextract_notices_total{outcome=\"converted\"}",
                "jvm_memory_used_bytes", "jvm_threads_live_threads", "process_files_open_files");
    }
}
