package io.planextract.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.read.PoiGuards;
import io.planextract.write.Json;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A batch's ZIP goes through the zip-bomb guards, and a bad entry is one error line, never a failed batch. */
class BatchGuardsTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The lines of a JSONL batch answer, by the name each carries in {@code source.path}. */
    private static Map<String, List<JsonNode>> lines(HttpResponse<byte[]> response) throws Exception {
        Map<String, List<JsonNode>> byName = new LinkedHashMap<>();
        for (String line : TestServer.text(response).split("\n")) {
            JsonNode node = Json.mapper().readTree(line);
            byName.computeIfAbsent(node.get("source").get("path").asText(), k -> new ArrayList<>()).add(node);
        }
        return byName;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void anEntryThatInflatesLikeABombIsAnErrorLineAndTheRestIsConverted() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bomb.txt", new byte[32 << 20]); // 32 MB of zeros packs into a few dozen kilobytes
        Path sample = TestServer.SAMPLES.resolve("linzi-2025-key-points.txt");
        entries.put("linzi.txt", Files.readAllBytes(sample));
        HttpResponse<byte[]> response = server.post("/v1/batch", zip(entries));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, List<JsonNode>> lines = lines(response);
        assertThat(lines.get("bomb.txt")).singleElement()
                .satisfies(l -> assertThat(l.get("error").get("code").asText()).isEqualTo("zip-bomb"));
        assertThat(lines.get("linzi.txt")).isNotEmpty().allSatisfy(l -> assertThat(l.has("task")).isTrue());
    }

    @Test
    void brokenEntriesAreErrorLinesWithTheCommandsMessages() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        entries.put("broken.docx", ErrorStatusTest.brokenDocx());
        entries.put("empty.txt", new byte[0]);
        entries.put("__MACOSX/._scan.pdf", new byte[] {1, 2});
        HttpResponse<byte[]> response = server.post("/v1/batch", zip(entries));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, List<JsonNode>> lines = lines(response);
        assertThat(lines.keySet()).containsExactlyInAnyOrder("scan.png", "broken.docx", "empty.txt");
        assertThat(lines.get("scan.png").get(0).get("error").get("code").asText()).isEqualTo("not-a-notice");
        assertThat(lines.get("broken.docx").get(0).get("error").get("code").asText()).isEqualTo("unreadable");
        assertThat(lines.get("empty.txt").get(0).get("error").get("code").asText()).isEqualTo("empty");
    }

    @Test
    void anEntryOverTheFileLimitIsAnErrorLine() throws Exception {
        ServeOptions small = TestServer.options();
        small = new ServeOptions(small.host(), small.port(), small.workers(), small.queue(), small.maxBodyBytes(),
                small.maxBatchBytes(), small.timeout(), small.drainTimeout(), small.token(),
                new io.planextract.read.ReadLimits(1000, 100, 64, 512, 10_000));
        byte[] random = new byte[5000];
        new java.util.Random(7).nextBytes(random); // does not pack: only the file limit can refuse it
        try (TestServer limited = TestServer.start(small)) {
            HttpResponse<byte[]> response = limited.post("/v1/batch", zip(Map.of("big.txt", random)));
            assertThat(lines(response).get("big.txt").get(0).get("error").get("code").asText())
                    .isEqualTo("too-large");
        }
    }

    @Test
    void aZipOfMoreFilesThanAWordFileMayHoldIs413() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= PoiGuards.MAX_FILE_COUNT; i++) {
            entries.put("n" + i + ".txt", new byte[] {'x'});
        }
        HttpResponse<byte[]> response = server.post("/v1/batch", zip(entries));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ErrorStatusTest.error(response).get("code").asText()).isEqualTo("too-many-files");
    }

    @Test
    void aSecondEntryOfTheSameNameIsAnErrorLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // ZipOutputStream refuses duplicates, so the archive is written with a neighbouring name and patched.
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("一、任务".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("b.txt"));
            zip.write("一、任务".getBytes(StandardCharsets.UTF_8));
        }
        byte[] archive = bytes.toByteArray();
        String latin = new String(archive, StandardCharsets.ISO_8859_1).replace("b.txt", "a.txt");
        HttpResponse<byte[]> response = server.post("/v1/batch", latin.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.text(response)).contains("\"duplicate\"");
    }

    @Test
    void outputNamesFollowTheCommandsRuleForSharedStems() {
        Map<String, String> names = BatchEndpoint.outputNames(List.of("a.txt", "a.docx", "2025/b.html",
                "errors.txt"), io.planextract.write.OutputFormat.JSONL);
        assertThat(names).containsEntry("a.txt", "a.txt.jsonl").containsEntry("a.docx", "a.docx.jsonl")
                .containsEntry("2025/b.html", "2025/b.jsonl").containsEntry("errors.txt", "errors-2.jsonl");
    }
}
